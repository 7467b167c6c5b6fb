#pragma once

#include <QFrame>

class QLabel;

namespace certmend::ui {

/// The inline message at the top of a page: an icon and a sentence (an error, a warning, a success). Hidden
/// while empty. Recoverable errors go here rather than into a modal box.
class StatusBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error,
    };

    explicit StatusBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace certmend::ui
