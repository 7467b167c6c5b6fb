#pragma once

#include <QWidget>

namespace certmend::ui {

/// The size of a trusted issuers list against Schannel's 16 KB limit, like a progress bar that turns red past
/// the limit (the part beyond it is what clients never see).
class IssuerListGauge : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultLimit = 16384;

    explicit IssuerListGauge(QWidget* parent = nullptr);

    void setValue(qint64 bytes);
    qint64 value() const { return m_value; }
    void setLimit(qint64 bytes);
    qint64 limit() const { return m_limit; }
    bool isOverLimit() const { return m_value > m_limit; }
    /// "9.4 KB of 16 KB (58 %)": what the gauge says, also its accessible description.
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateAccessibility();

    qint64 m_value = 0;
    qint64 m_limit = DefaultLimit;
};

} // namespace certmend::ui
