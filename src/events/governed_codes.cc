#include "events/governed_codes.h"

#include <array>
#include <string>

namespace dyad::events {
namespace {

// One row per deed domain (a code prefix); the columns are the codebook's codes for
// intending, appealing for, demanding, rejecting and threatening that deed. "" means the
// codebook has no code of that stance for the domain, so a shorter prefix (or the
// stance's general code) answers. Source: CAMEO 1.1b3, chapters 02, 03, 10, 12 and 13.
struct Row {
  std::string_view deed;
  std::array<std::string_view, 5> by_stance;  // intend, appeal, demand, reject, threaten
};

constexpr Row kRows[] = {
    // Meeting and mediation (04).
    {"04", {"036", "026", "106", "125", ""}},
    {"045", {"039", "028", "108", "126", ""}},
    // Settling a dispute and accepting mediation have no deed codes of their own; the
    // deed is named by its intent code (deed_domains.h).
    {"037", {"037", "027", "107", "127", ""}},
    {"038", {"038", "028", "108", "126", ""}},
    // Diplomatic cooperation (05).
    {"05", {"032", "022", "102", "", ""}},
    // Material cooperation (06).
    {"06", {"031", "021", "101", "121", ""}},
    {"061", {"0311", "0211", "1011", "1211", ""}},
    {"062", {"0312", "0212", "1012", "1212", ""}},
    {"063", {"0313", "0213", "1013", "1213", ""}},
    {"064", {"0314", "0214", "1014", "1214", ""}},
    // Aid (07).
    {"07", {"033", "023", "103", "122", ""}},
    {"071", {"0331", "0231", "1031", "1221", ""}},
    {"072", {"0332", "0232", "1032", "1222", ""}},
    {"073", {"0333", "0233", "1033", "1223", ""}},
    {"074", {"0334", "0234", "1034", "1224", ""}},
    // Yielding (08): easing sanctions and dissent, reform, releases, access, de-escalation.
    {"08", {"035", "025", "105", "124", ""}},
    {"081", {"0351", "0251", "1051", "1241", ""}},
    {"082", {"0352", "0252", "1052", "1242", ""}},
    {"083", {"034", "024", "104", "123", ""}},
    {"0831", {"0341", "0241", "1041", "1231", ""}},
    {"0832", {"0342", "0242", "1042", "1232", ""}},
    {"0833", {"0343", "0243", "1043", "1233", ""}},
    {"0834", {"0344", "0244", "1044", "1234", ""}},
    {"084", {"0353", "0253", "1053", "1243", ""}},
    {"085", {"0354", "0254", "1054", "1244", ""}},
    {"086", {"0355", "0255", "1055", "1245", ""}},
    {"087", {"0356", "0256", "1056", "1246", ""}},
    // Statements: declining to comment is its own code.
    {"01", {"", "", "", "011", ""}},
    // Protest (14) and force posture (15).
    {"14", {"", "", "", "", "133"}},
    {"15", {"", "", "", "", "138"}},
    // Reducing relations (16).
    {"16", {"", "", "", "", "131"}},
    {"161", {"", "", "", "", "1313"}},
    {"162", {"", "", "", "", "1311"}},
    {"163", {"", "", "", "", "1312"}},
    {"164", {"", "", "", "", "134"}},
    {"165", {"", "", "", "", "135"}},
    {"166", {"", "", "", "", "136"}},
    {"1661", {"", "", "", "", "1311"}},
    // Coercion (17).
    {"17", {"", "", "", "", "137"}},
    {"172", {"", "", "", "", "132"}},
    {"1721", {"", "", "", "", "1321"}},
    {"1722", {"", "", "", "", "1322"}},
    {"1723", {"", "", "", "", "1323"}},
    {"1724", {"", "", "", "", "1324"}},
    // Force (18-20).
    {"18", {"", "", "", "", "1383"}},
    {"19", {"", "", "", "", "138"}},
    {"190", {"", "", "", "", "1384"}},
    {"191", {"", "", "", "", "1381"}},
    {"192", {"", "", "", "", "1382"}},
    {"193", {"", "", "", "", "1384"}},
    {"194", {"", "", "", "", "1384"}},
    {"195", {"", "", "", "", "1384"}},
    {"20", {"", "", "", "", "138"}},
    {"204", {"", "", "", "", "1385"}},
    {"2041", {"", "", "", "", "1385"}},
    {"2042", {"", "", "", "", "1385"}},
};

constexpr std::array<std::string_view, 5> kGeneral = {"", "020", "100", "120", "130"};

CameoCode make(std::string_view code) {
  CameoCode c;
  c.assign(code);
  return c;
}

size_t column(Stance s) { return static_cast<size_t>(s) - 1; }

}  // namespace

Stance stance_of(std::string_view lemma) {
  struct Word {
    std::string_view lemma;
    Stance stance;
  };
  static constexpr Word kWords[] = {
      {"threaten", Stance::kThreaten}, {"demand", Stance::kDemand},   {"insist", Stance::kDemand},
      {"press", Stance::kDemand},      {"pressure", Stance::kDemand}, {"urge", Stance::kAppeal},
      {"ask", Stance::kAppeal},        {"call", Stance::kAppeal},     {"appeal", Stance::kAppeal},
      {"request", Stance::kAppeal},    {"plead", Stance::kAppeal},    {"implore", Stance::kAppeal},
      {"beg", Stance::kAppeal},        {"refuse", Stance::kReject},   {"reject", Stance::kReject},
      {"decline", Stance::kReject},    {"rebuff", Stance::kReject},   {"dismiss", Stance::kReject},
      {"spurn", Stance::kReject},
  };
  for (const Word& w : kWords) {
    if (w.lemma == lemma) return w.stance;
  }
  return Stance::kNone;
}

CameoCode demanded_form(CameoCode code) {
  const std::string_view c = code.view();
  if (c.size() < 3 || c[0] != '0' || (c[1] != '2' && c[1] != '3')) return code;
  CameoCode demand;
  if (c == "039") {
    demand.assign("108");
    return demand;
  }
  std::string digits = "10";
  digits += c.substr(2);
  demand.assign(digits);
  return demand;
}

CameoCode governed_code(Stance stance, CameoCode deed) {
  if (stance == Stance::kNone) return deed;
  const std::string_view d = deed.view();
  const size_t col = column(stance);
  // The longest matching prefix with a code for this stance.
  std::string_view best;
  size_t best_length = 0;
  for (const Row& row : kRows) {
    if (!d.starts_with(row.deed) || row.deed.size() <= best_length) continue;
    if (row.by_stance[col].empty()) continue;
    best = row.by_stance[col];
    best_length = row.deed.size();
  }
  if (!best.empty()) return make(best);
  if (stance == Stance::kIntend) return deed;
  return make(kGeneral[col]);
}

bool leafless_protest(CameoCode code) {
  const std::string_view c = code.view();
  return c.size() == 3 && c.starts_with("14") && c[2] >= '1' && c[2] <= '5';
}

CameoCode protest_code(CameoCode protest, CameoCode purpose) {
  const std::string_view p = purpose.view();
  if (!leafless_protest(protest) || p.size() != 4 || !p.starts_with("083")) return protest;
  if (p[3] < '1' || p[3] > '4') return protest;
  return make(std::string(protest.view()) + p[3]);
}

}  // namespace dyad::events
