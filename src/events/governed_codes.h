#pragma once
// CAMEO codes a stance toward a deed, not the deed: "Israel threatened to ban voting" is a
// threat to impose administrative sanctions (1321), "Katsav refused to meet King
// Abdullah" is a rejection of a meeting (125), "Amnesty demanded that Sudan end curbs on
// the press" a demand to ease administrative sanctions (1051). The deed did not happen;
// the threat, the refusal and the demand did. The CAMEO 1.1b3 codebook builds these
// codes the same way for every stance (intend 03, appeal 02, demand 10, reject 12,
// threaten 13), from the domain of the deed (material cooperation, aid, yielding,
// meeting, sanctions, force, ...), so one table over deed codes serves them all.
//
// Thread-safety: pure functions over constant tables.

#include <string_view>

#include "core/event.h"

namespace dyad::events {

enum class Stance : uint8_t {
  kNone,
  kIntend,    // "plans to", "agreed to", "promised to": 03x
  kAppeal,    // "urged", "called on", "asked": 02x
  kDemand,    // "demanded", "insisted": 10x
  kReject,    // "refused to", "rejected", "declined to": 12x
  kThreaten,  // "threatened to": 13x
};

// The stance a governing word takes toward its complement; kIntend is never returned
// here (intent is read as modality, see modality.h).
Stance stance_of(std::string_view lemma);

// The code for `stance` toward `deed`: the most specific the codebook has for the deed's
// domain, else the stance's general code (020, 100, 120, 130). For kIntend a deed with
// no intent code (an attack) keeps its own code: its modality says it is intended.
CameoCode governed_code(Stance stance, CameoCode deed);

// The demand a request or intent pattern names, when the verb is a demand ("demanded
// immediate elections": 1041, not the 0241 of the synonym set it shares with "urge" and
// "want" in the imported dictionaries). The codebook's appeal (02x) and intent (03x)
// codes have demand codes leaf for leaf (10x); engaging in mediation (039) is 108. Other
// codes come back unchanged.
CameoCode demanded_form(CameoCode code);

// A protest (141 demonstrate, 142 hunger strike, 143 strike or boycott, 144 obstruct, 145
// riot) takes its leaf from what it demands, as the stance codes do: leadership change
// (0831) is 14x1, policy change (0832) 14x2, rights (0833) 14x3, institutions or regime
// (0834) 14x4. Any other code, or a purpose outside those four, leaves `protest` as it is.
CameoCode protest_code(CameoCode protest, CameoCode purpose);

// 141-145, the protests whose leaf the codebook reads from the purpose.
bool leafless_protest(CameoCode code);

}  // namespace dyad::events
