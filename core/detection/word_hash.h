#pragma once
// Hashing words (UTF-16) for Abseil's tables, looked up by view so that finding a word that is
// already there copies nothing: the spelling and concept caches ask for every word of every
// message.

#include <absl/hash/hash.h>
#include <absl/strings/string_view.h>
#include <string_view>

namespace permitted {

struct WordHash {
    using is_transparent = void;
    size_t operator()(std::u16string_view v) const
    {
        return absl::Hash<absl::string_view>{}(absl::string_view(reinterpret_cast<const char *>(v.data()), v.size() * 2));
    }
};

struct WordEq {
    using is_transparent = void;
    bool operator()(std::u16string_view a, std::u16string_view b) const { return a == b; }
};

} // namespace permitted
