#include "StatusBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>

namespace certmend::ui {

namespace {

QString iconPath(StatusBanner::Kind kind)
{
    switch (kind) {
    case StatusBanner::Kind::Success:
        return QStringLiteral(":/icons/status-ok.svg");
    case StatusBanner::Kind::Warning:
        return QStringLiteral(":/icons/status-warning.svg");
    case StatusBanner::Kind::Error:
        return QStringLiteral(":/icons/status-error.svg");
    case StatusBanner::Kind::Info:
        break;
    }
    return QStringLiteral(":/icons/status-info.svg");
}

QString bannerColors(StatusBanner::Kind kind)
{
    // Pale fills that keep the text readable in light themes; the border carries the meaning in dark ones.
    switch (kind) {
    case StatusBanner::Kind::Success:
        return QStringLiteral("#eaf6ec; border: 1px solid #3c9a4f;");
    case StatusBanner::Kind::Warning:
        return QStringLiteral("#fff6e0; border: 1px solid #c98a00;");
    case StatusBanner::Kind::Error:
        return QStringLiteral("#fdecea; border: 1px solid #c62828;");
    case StatusBanner::Kind::Info:
        break;
    }
    return QStringLiteral("#e8f1fb; border: 1px solid #2f6fb3;");
}

} // namespace

StatusBanner::StatusBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_icon->setObjectName(QStringLiteral("bannerIconLabel"));
    m_text->setObjectName(QStringLiteral("bannerTextLabel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setAccessibleName(tr("Message"));
    hide();
}

void StatusBanner::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(QIcon(iconPath(kind)).pixmap(size, size));
    m_text->setText(text);
    setStyleSheet(QStringLiteral("certmend--ui--StatusBanner { border-radius: 4px; background: %1 }"
                                 "certmend--ui--StatusBanner QLabel { color: #202020; background: transparent; "
                                 "border: none; }")
                      .arg(bannerColors(kind)));
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

void StatusBanner::clear()
{
    m_text->clear();
    hide();
}

QString StatusBanner::text() const
{
    return m_text->text();
}

} // namespace certmend::ui
