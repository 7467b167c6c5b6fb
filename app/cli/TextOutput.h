#pragma once

#include <QString>

#include <fmt/core.h>

#include <string>

// Small formatting helpers shared by the CLI commands.
namespace cli {

inline std::string str(const QString& s)
{
    return s.toStdString();
}

/// Wraps `text` at `width` columns, every line but the first indented by `indent` spaces.
std::string wrap(const QString& text, int indent, int width = 100);

/// Prints an error about unreadable input to stderr, in the form "certmend-cli: FILE: reason".
void printInputError(const QString& message);

} // namespace cli
