#pragma once
// The accuracy floors the evaluation suites enforce on UD English EWT 2.15 test.
//
// Issue 2 sets UPOS 95.0, XPOS 94.5, lemmas 97.0, UAS 87.0 and LAS 84.0 (gold tokens)
// and tokens 98.5, sentences 80 (raw text). Where the committed models do not reach an
// issue floor yet, the floor here is a regression guard just under what they measure,
// and docs/RESULTS.md says so plainly with the measured number; raise it to the issue's
// value as soon as the models reach it.

namespace dyad::eval {

inline constexpr double kUposFloor = 95.0;
inline constexpr double kXposFloor = 94.5;
inline constexpr double kLemmaFloor = 97.0;
inline constexpr double kUasFloor = 87.0;  // measured 87.17 (four-member parser)
inline constexpr double kLasFloor = 84.0;  // measured 84.29
inline constexpr double kTokensFloor = 98.5;
inline constexpr double kSentencesFloor = 80.0;

}  // namespace dyad::eval
