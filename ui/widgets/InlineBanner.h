#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;

namespace certmend::ui {

/// A coloured strip at the top of a page for recoverable errors, warnings and notes, with an optional action
/// button: errors are shown where they happen, never in a modal box. Hidden until showMessage().
/// Children: "bannerIconLabel", "bannerTextLabel", "bannerActionPushButton".
class InlineBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };

    explicit InlineBanner(QWidget* parent = nullptr);

    /// Shows `text` (rich text allowed) with an action button when `actionText` is not empty.
    void showMessage(Kind kind, const QString& text, const QString& actionText = {});
    /// Hides the banner.
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;
    QPushButton* actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Kind m_kind = Kind::Information;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_action = nullptr;
};

} // namespace certmend::ui
