#include "model/artifact.h"

#include <zstd.h>

#include <bit>
#include <fstream>
#include <sstream>

#include "model/byte_io.h"

namespace dyad::model {
namespace {

static_assert(std::endian::native == std::endian::little,
              "artifact sections are little-endian and read with memcpy");

constexpr std::string_view kMagic = "DYADART1";

}  // namespace

uint64_t fnv1a64(std::string_view bytes) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

Result<std::string> ArtifactWriter::serialize(int compression_level) const {
  ByteWriter w;
  w.bytes().append(kMagic);
  w.put_string(kind_);
  w.put<uint32_t>(version_);
  w.put_string(metadata_);
  w.put<uint32_t>(static_cast<uint32_t>(sections_.size()));
  for (const auto& [name, raw] : sections_) {
    std::string packed(ZSTD_compressBound(raw.size()), '\0');
    size_t n = ZSTD_compress(packed.data(), packed.size(), raw.data(), raw.size(),
                             compression_level);
    if (ZSTD_isError(n)) {
      return internal_error("zstd failed on section '" + name + "': " + ZSTD_getErrorName(n));
    }
    packed.resize(n);
    w.put_string(name);
    w.put<uint64_t>(raw.size());
    w.put<uint64_t>(packed.size());
    w.put<uint64_t>(fnv1a64(raw));
    w.bytes().append(packed);
  }
  return w.take();
}

Status ArtifactWriter::write(const std::string& path, int compression_level) const {
  Result<std::string> bytes = serialize(compression_level);
  if (!bytes.ok()) return bytes.status();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return not_found("cannot write artifact '" + path + "'");
  out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
  if (!out) return internal_error("short write to artifact '" + path + "'");
  return {};
}

Result<Artifact> Artifact::load(const std::string& path, std::string_view kind,
                                uint32_t min_version, uint32_t max_version) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return not_found("cannot open artifact '" + path + "'");
  std::ostringstream buf;
  buf << in.rdbuf();
  std::string bytes = buf.str();
  return parse(bytes, path, kind, min_version, max_version);
}

Result<Artifact> Artifact::parse(std::string_view bytes, std::string_view name,
                                 std::string_view kind, uint32_t min_version,
                                 uint32_t max_version) {
  const std::string where(name);
  if (!bytes.starts_with(kMagic)) {
    return data_loss("'" + where + "' is not a dyad artifact (no DYADART1 magic)");
  }
  ByteReader r(bytes.substr(kMagic.size()));
  Artifact a;
  a.name_ = where;
  a.kind_ = r.get_string();
  a.version_ = r.get<uint32_t>();
  a.metadata_ = r.get_string();
  uint32_t n_sections = r.get<uint32_t>();
  if (!r.ok()) return data_loss("'" + where + "': truncated artifact header");
  if (a.kind_ != kind) {
    return invalid_argument("'" + where + "' is a '" + a.kind_ + "' artifact, expected '" +
                            std::string(kind) + "'");
  }
  if (a.version_ > max_version) {
    return unsupported("'" + where + "' is " + a.kind_ + " version " +
                       std::to_string(a.version_) + "; this dyad reads up to version " +
                       std::to_string(max_version) + ": use a newer dyad release");
  }
  if (a.version_ < min_version) {
    return unsupported("'" + where + "' is " + a.kind_ + " version " +
                       std::to_string(a.version_) + ", older than the oldest this dyad reads (" +
                       std::to_string(min_version) + "): rebuild it");
  }
  for (uint32_t i = 0; i < n_sections; ++i) {
    std::string section_name = r.get_string();
    uint64_t raw_size = r.get<uint64_t>();
    uint64_t packed_size = r.get<uint64_t>();
    uint64_t checksum = r.get<uint64_t>();
    size_t at = r.position();
    if (!r.ok() || packed_size > bytes.size() - kMagic.size() - at) {
      return data_loss("'" + where + "': section " + std::to_string(i) + " is truncated");
    }
    // 4 GiB bounds a corrupt raw_size before it turns into a huge allocation.
    if (raw_size > (uint64_t{1} << 32)) {
      return data_loss("'" + where + "': section '" + section_name + "' claims " +
                       std::to_string(raw_size) + " bytes");
    }
    std::string raw(raw_size, '\0');
    size_t n = ZSTD_decompress(raw.data(), raw.size(), bytes.data() + kMagic.size() + at,
                               packed_size);
    if (ZSTD_isError(n) || n != raw_size || fnv1a64(raw) != checksum) {
      return data_loss("'" + where + "': section '" + section_name +
                       "' is corrupt (decompression or checksum failed)");
    }
    r.skip(packed_size);
    a.sections_.emplace(std::move(section_name), std::move(raw));
  }
  return a;
}

Result<std::string_view> Artifact::section(std::string_view name) const {
  auto it = sections_.find(std::string(name));
  if (it == sections_.end()) {
    return not_found("'" + name_ + "' has no section '" + std::string(name) + "'");
  }
  return std::string_view(it->second);
}

}  // namespace dyad::model
