#pragma once
// Status and Result<T>: how resource and configuration errors travel (g++ 12 has no
// std::expected). Per-document input problems are not Statuses: they become a
// DocStatus on the Document and are written out as a record (see document.h).
//
// Messages name the input and the place ("en_ewt-ud-test.conllu:12: expected 10 columns,
// found 9"), as RE2's error_arg does. An ok Status holds no string, so success is cheap.

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "core/check.h"

namespace dyad {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad flag, bad config value
  kNotFound,         // missing file or model
  kDataLoss,         // corrupt artifact, checksum mismatch
  kParseError,       // malformed input file (path:line in the message)
  kUnsupported,      // artifact too new, unknown format
  kInternal,
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(code == StatusCode::kOk ? "" : std::move(message)) {}

  static Status ok_status() { return {}; }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status invalid_argument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status not_found(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status data_loss(std::string m) { return {StatusCode::kDataLoss, std::move(m)}; }
inline Status parse_error(std::string m) { return {StatusCode::kParseError, std::move(m)}; }
inline Status unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
inline Status internal_error(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

// A value or the Status that explains its absence.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    DYAD_CHECK(!status_.ok());
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & {
    DYAD_CHECK(ok());
    return *value_;
  }
  const T& value() const& {
    DYAD_CHECK(ok());
    return *value_;
  }
  T&& value() && {
    DYAD_CHECK(ok());
    return std::move(*value_);
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace dyad

#define DYAD_RETURN_IF_ERROR(expr)          \
  do {                                      \
    ::dyad::Status dyad_status_ = (expr);   \
    if (!dyad_status_.ok()) return dyad_status_; \
  } while (0)
