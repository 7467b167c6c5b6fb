#include "TextOutput.h"

#include <QStringList>

namespace cli {

std::string wrap(const QString& text, int indent, int width)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::string out;
    int column = indent;
    bool first = true;
    for (const QString& word : words) {
        const int length = static_cast<int>(word.size());
        if (!first && column + 1 + length > width) {
            out += '\n' + std::string(indent, ' ');
            column = indent;
            first = true;
        }
        if (!first) {
            out += ' ';
            ++column;
        }
        out += word.toStdString();
        column += length;
        first = false;
    }
    return out;
}

void printInputError(const QString& message)
{
    fmt::print(stderr, "certmend-cli: {}\n", message.toStdString());
}

} // namespace cli
