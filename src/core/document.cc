#include "core/document.h"

namespace dyad {

void Document::clear_analysis() {
  sentences.clear();
  tokens.clear();
  multiword_tokens.clear();
  mentions.clear();
  events.clear();
  arena.clear();
}

}  // namespace dyad
