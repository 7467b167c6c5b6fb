#pragma once

#include <QString>

namespace certmend::test {

/// The repository's root, the ../shared folder beside it, and a scratch folder under the build tree.
inline QString sourceDir()
{
    return QStringLiteral(CERTMEND_SOURCE_DIR);
}
inline QString sharedDir()
{
    return QStringLiteral(CERTMEND_SHARED_DIR);
}

} // namespace certmend::test
