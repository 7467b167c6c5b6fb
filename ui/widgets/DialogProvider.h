#pragma once

#include <QString>
#include <QUrl>

class QWidget;

namespace certmend::ui {

/// Every modal dialog and desktop hand-off the wizard makes goes through here, so that GUI tests can answer them
/// (install a subclass with setInstance) instead of blocking on a real QFileDialog or QMessageBox.
class DialogProvider
{
public:
    DialogProvider() = default;
    virtual ~DialogProvider();
    DialogProvider(const DialogProvider&) = delete;
    DialogProvider& operator=(const DialogProvider&) = delete;

    /// A folder the user picks; empty when cancelled.
    virtual QString existingDirectory(QWidget* parent, const QString& title, const QString& dir);
    /// An existing file or folder (a snapshot folder, an .sst, a backup bundle); empty when cancelled.
    /// Choosing a folder's manifest.json returns the folder.
    virtual QString openFileOrFolder(QWidget* parent, const QString& title, const QString& dir,
                                     const QString& filter = {});
    /// A file name to write to; empty when cancelled.
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& suggestedPath,
                             const QString& filter = {});
    /// A yes/no question; true for yes.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text);
    /// Opens a folder or a web page with the desktop's handler.
    virtual void openUrl(const QUrl& url);

    /// The provider in use: the one set with setInstance, else the real dialogs.
    static DialogProvider& instance();
    /// Installs `provider` (not owned; nullptr goes back to the real dialogs).
    static void setInstance(DialogProvider* provider);
};

} // namespace certmend::ui
