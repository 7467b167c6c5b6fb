#include "widgets/IssuerListGauge.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace certmend::ui {

namespace {

QString kilobytes(qint64 bytes)
{
    return QLocale().toString(static_cast<double>(bytes) / 1024.0, 'f', bytes < 10240 ? 1 : 0);
}

} // namespace

IssuerListGauge::IssuerListGauge(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Size of the trusted issuers list"));
    updateAccessibility();
}

void IssuerListGauge::setValue(qint64 bytes)
{
    m_value = std::max<qint64>(0, bytes);
    updateAccessibility();
    update();
}

void IssuerListGauge::setLimit(qint64 bytes)
{
    m_limit = std::max<qint64>(1, bytes);
    updateAccessibility();
    update();
}

QString IssuerListGauge::text() const
{
    const int percent = static_cast<int>(m_value * 100 / m_limit);
    return tr("%1 KB of %2 KB (%3 %)").arg(kilobytes(m_value), kilobytes(m_limit)).arg(percent);
}

void IssuerListGauge::updateAccessibility()
{
    setAccessibleDescription(isOverLimit() ? tr("%1, over the limit: the list is cut off").arg(text()) : text());
    setToolTip(accessibleDescription());
}

QSize IssuerListGauge::sizeHint() const
{
    return {240, fontMetrics().height() + 12};
}

QSize IssuerListGauge::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(text()) + 16, fontMetrics().height() + 12};
}

void IssuerListGauge::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    // Past the limit the scale grows so that the limit stays visible as a mark and the overflow as red.
    const double scale = static_cast<double>(std::max(m_value, m_limit));
    const double limitX = bar.left() + bar.width() * (static_cast<double>(m_limit) / scale);
    const double valueX = bar.left() + bar.width() * (static_cast<double>(m_value) / scale);

    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(bar, 3, 3);

    const QColor good(0x10, 0x7c, 0x10);
    const QColor bad(0xd1, 0x34, 0x38);
    painter.setPen(Qt::NoPen);
    painter.setBrush(isOverLimit() ? bad.lighter(170) : good.lighter(190));
    painter.drawRoundedRect(QRectF(bar.left(), bar.top(), std::min(valueX, limitX) - bar.left(), bar.height()), 3, 3);
    if (isOverLimit()) {
        painter.setBrush(bad);
        painter.drawRect(QRectF(limitX, bar.top(), valueX - limitX, bar.height()));
        painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
        painter.drawLine(QPointF(limitX, bar.top()), QPointF(limitX, bar.bottom()));
    }

    painter.setPen(QColor(0x20, 0x20, 0x20));
    QFont font = painter.font();
    font.setBold(isOverLimit());
    painter.setFont(font);
    painter.drawText(bar.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, text());
}

} // namespace certmend::ui
