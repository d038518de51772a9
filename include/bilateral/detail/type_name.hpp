// SPDX-License-Identifier: BSL-1.0
/// `type_name<T>()`: a type's name as text, for names in schemas and messages.
#pragma once
#include <string>
#include <string_view>

namespace bilateral::detail {

template <class T>
[[nodiscard]] constexpr std::string_view signature() noexcept {
    return __PRETTY_FUNCTION__;  // "... [with T = bilateral::event; ...]" (g++), "... [T = bilateral::event]" (clang)
}

/// The name of T without the namespace `bilateral::` ("event", "actor_kind"); other namespaces
/// are kept, with "." for "::" ("user.note").
template <class T>
[[nodiscard]] std::string type_name() {
    std::string_view s = signature<T>();
    const std::size_t at = s.find("T = ");
    if (at == std::string_view::npos) return "unnamed";
    s.remove_prefix(at + 4);
    s = s.substr(0, s.find_first_of(";]"));
    std::string name{s};
    if (name.starts_with("bilateral::")) name.erase(0, 11);
    for (std::size_t p = name.find("::"); p != std::string::npos; p = name.find("::", p)) name.replace(p, 2, ".");
    return name;
}

}  // namespace bilateral::detail
