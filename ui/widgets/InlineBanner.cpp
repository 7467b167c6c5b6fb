#include "widgets/InlineBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

namespace certmend::ui {

namespace {

struct Colours
{
    QColor background;
    QColor border;
};

Colours coloursOf(InlineBanner::Kind kind)
{
    switch (kind) {
    case InlineBanner::Kind::Information:
        return {QColor(0xe5, 0xf1, 0xfb), QColor(0x00, 0x78, 0xd4)};
    case InlineBanner::Kind::Warning:
        return {QColor(0xff, 0xf4, 0xce), QColor(0xc1, 0x9c, 0x00)};
    case InlineBanner::Kind::Error:
        return {QColor(0xfd, 0xe7, 0xe9), QColor(0xd1, 0x34, 0x38)};
    }
    return {};
}

} // namespace

InlineBanner::InlineBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    m_icon->setObjectName(QStringLiteral("bannerIconLabel"));
    m_text->setObjectName(QStringLiteral("bannerTextLabel"));
    m_action->setObjectName(QStringLiteral("bannerActionPushButton"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    // Fixed dark text: the banner paints its own light background, whatever the palette.
    QPalette textPalette = m_text->palette();
    textPalette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    textPalette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    m_text->setPalette(textPalette);
    m_icon->setAlignment(Qt::AlignTop);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    connect(m_action, &QPushButton::clicked, this, &InlineBanner::actionTriggered);
    setAccessibleName(tr("Message"));
    hide();
}

void InlineBanner::showMessage(Kind kind, const QString& text, const QString& actionText)
{
    m_kind = kind;
    const QStyle::StandardPixmap pixmap = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                          : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                  : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_action->setAccessibleName(actionText);
    setAccessibleDescription(m_text->text());
    update();
    show();
}

void InlineBanner::clear()
{
    m_text->clear();
    hide();
}

QString InlineBanner::text() const
{
    return m_text->text();
}

void InlineBanner::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    const Colours colours = coloursOf(m_kind);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colours.border, 1));
    painter.setBrush(colours.background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    // A thicker stripe on the left: the kind is readable without colour vision too (icon) and at a glance.
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.border);
    painter.drawRoundedRect(QRectF(0, 0, 4, height()), 2, 2);
}

} // namespace certmend::ui
