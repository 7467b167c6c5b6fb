#include "DialogProvider.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace certmend::ui {

namespace {

DialogProvider*& installed()
{
    static DialogProvider* provider = nullptr;
    return provider;
}

} // namespace

DialogProvider::~DialogProvider() = default;

QString DialogProvider::existingDirectory(QWidget* parent, const QString& title, const QString& dir)
{
    return QFileDialog::getExistingDirectory(parent, title, dir);
}

QString DialogProvider::openFileOrFolder(QWidget* parent, const QString& title, const QString& dir,
                                         const QString& filter)
{
    // A native dialog picks either files or folders, never both; this one shows files and accepts a typed
    // folder name, and a snapshot folder can be chosen through its manifest.json.
    QFileDialog dialog(parent, title, dir, filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return {};
    }
    const QFileInfo chosen(dialog.selectedFiles().constFirst());
    if (chosen.isFile() && chosen.fileName().compare(QStringLiteral("manifest.json"), Qt::CaseInsensitive) == 0) {
        return chosen.absolutePath();
    }
    return chosen.absoluteFilePath();
}

QString DialogProvider::saveFile(QWidget* parent, const QString& title, const QString& suggestedPath,
                                 const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

bool DialogProvider::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void DialogProvider::openUrl(const QUrl& url)
{
    QDesktopServices::openUrl(url);
}

DialogProvider& DialogProvider::instance()
{
    static DialogProvider real;
    DialogProvider* provider = installed();
    return provider ? *provider : real;
}

void DialogProvider::setInstance(DialogProvider* provider)
{
    installed() = provider;
}

} // namespace certmend::ui
