#include "events/emergency_rule.h"

#include "events/words.h"

namespace dyad::events {

bool emergency_rule(std::string_view cameo) {
  return one_of(cameo, {"0813", "0814", "1323", "1324", "1723", "1724"});
}

}  // namespace dyad::events
