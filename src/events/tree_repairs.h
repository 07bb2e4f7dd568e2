#pragma once
// Repairs of parser errors that the event rules cannot read past, made on the document's
// tree before a sentence is coded. Each is a reading UD rules out or a list the parser
// broke, so a correct tree is never changed.
//
// Thread-safety: functions over the caller's document.

#include "core/document.h"

namespace dyad::events {

// "The ambassadors of Arnor, Osgiliath and Gondor": a name right after the comma that
// ends a name's of-phrase, read as an appositive though it is itself coordinated with
// "and" or "or", continues the of-phrase's list; it and its conjuncts become conjuncts of
// the of-phrase's name.
void repair_listed_appositions(Document& doc, const Sentence& sentence);

}  // namespace dyad::events
