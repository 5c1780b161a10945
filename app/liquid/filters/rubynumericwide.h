#pragma once

#include <QtGlobal>

#include <limits>

// 128-bit helpers shared by rubynumeric.cpp and rubynumericrounding.cpp (internal).
namespace Liquid::WideMath {

// A GCC/Clang extension (ISO C++ has no 128-bit integer): __extension__ says it is meant.
// On Windows that means MinGW or clang-cl; MSVC's cl has no 128-bit integer type.
#if !defined(__SIZEOF_INT128__)
#error "The Liquid engine's decimal arithmetic needs __int128: build with GCC or Clang (MinGW or clang-cl on Windows)."
#endif
__extension__ typedef __int128 Wide;
constexpr int MaxDigits = 38; // 10^38 < 2^127
// Powers of ten that doubles hold exactly.
constexpr double ExactPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

inline Wide pow10(int n)
{
    Wide p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

inline Wide wideAbs(Wide w)
{
    return w < 0 ? -w : w;
}

inline bool fitsInt64(Wide w)
{
    return w >= std::numeric_limits<qint64>::min() && w <= std::numeric_limits<qint64>::max();
}

} // namespace Liquid::WideMath
