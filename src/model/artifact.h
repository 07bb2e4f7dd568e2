#pragma once
// The one container every dyad artifact uses (syntax models, compiled dictionaries,
// gazetteers): a magic, the artifact's kind and version, JSON metadata (what built it,
// from which data, with which dev scores, under which licence), and named binary sections,
// each zstd-compressed and checksummed.
//
// Layout, all integers little-endian:
//   "DYADART1"  kind:str  version:u32  metadata:str  n_sections:u32
//   n_sections x { name:str  raw_size:u64  packed_size:u64  fnv1a64(raw):u64  packed bytes }
// where str = u32 length + bytes.
//
// Versions: a reader names the range of versions of its kind it understands; a newer file
// is refused with a message naming the file, its version and the newest one understood.
//
// Thread-safety: a loaded Artifact is immutable; section views stay valid while it lives.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace dyad::model {

class ArtifactWriter {
 public:
  ArtifactWriter(std::string kind, uint32_t version) : kind_(std::move(kind)), version_(version) {}

  void set_metadata_json(std::string json) { metadata_ = std::move(json); }
  void add_section(std::string name, std::string bytes) {
    sections_.emplace_back(std::move(name), std::move(bytes));
  }
  // zstd level: 19 packs models small for the repository; loading speed is unaffected.
  Status write(const std::string& path, int compression_level = 19) const;
  Result<std::string> serialize(int compression_level = 19) const;

 private:
  std::string kind_;
  uint32_t version_;
  std::string metadata_ = "{}";
  std::vector<std::pair<std::string, std::string>> sections_;
};

class Artifact {
 public:
  // Reads and checks a whole artifact. `kind` must match; the version must be in
  // [min_version, max_version].
  static Result<Artifact> load(const std::string& path, std::string_view kind,
                               uint32_t min_version, uint32_t max_version);
  static Result<Artifact> parse(std::string_view bytes, std::string_view name,
                                std::string_view kind, uint32_t min_version,
                                uint32_t max_version);

  const std::string& kind() const { return kind_; }
  uint32_t version() const { return version_; }
  const std::string& metadata_json() const { return metadata_; }
  const std::string& name() const { return name_; }
  bool has_section(std::string_view name) const { return sections_.count(std::string(name)); }
  // The section's bytes, or kNotFound naming the artifact and the section.
  Result<std::string_view> section(std::string_view name) const;

 private:
  std::string name_;
  std::string kind_;
  uint32_t version_ = 0;
  std::string metadata_;
  std::map<std::string, std::string> sections_;
};

uint64_t fnv1a64(std::string_view bytes);

}  // namespace dyad::model
