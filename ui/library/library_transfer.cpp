#include "library_transfer.h"
#include "library_store.h"
#include "panels/reason_names.h"
#include "library_json.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace permitted {

namespace {

// The texts' translation context.
struct LibraryTransfer {
    Q_DECLARE_TR_FUNCTIONS(LibraryTransfer)
};

QString startFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// Asks what to do with a template that exists; "for all the others too" answers the rest.
class ConflictQuestion {
public:
    explicit ConflictQuestion(QWidget *parent) : m_parent(parent) {}
    ImportChoice operator()(const LibraryTemplate &incoming, const LibraryTemplate &existing)
    {
        if (m_always)
            return *m_always;
        QMessageBox box(QMessageBox::Question, LibraryTransfer::tr("Import Templates"),
                        LibraryTransfer::tr("Your library already has the template “%1” (%2). Replace it with the imported one, "
                                    "keep both, or skip the imported one?")
                            .arg(existing.name, reasonDisplayName(existing.reason)),
                        QMessageBox::NoButton, m_parent);
        QPushButton *replace = box.addButton(LibraryTransfer::tr("Replace"), QMessageBox::DestructiveRole);
        QPushButton *both = box.addButton(LibraryTransfer::tr("Keep Both"), QMessageBox::AcceptRole);
        box.addButton(LibraryTransfer::tr("Skip"), QMessageBox::RejectRole);
        box.setDefaultButton(both);
        auto *rest = new QCheckBox(LibraryTransfer::tr("Do the same for the other templates that exist"));
        box.setCheckBox(rest);
        Q_UNUSED(incoming);
        box.exec();
        const ImportChoice choice = box.clickedButton() == replace ? ImportChoice::Replace
                                    : box.clickedButton() == both  ? ImportChoice::KeepBoth
                                                                   : ImportChoice::Skip;
        if (rest->isChecked())
            m_always = choice;
        return choice;
    }

private:
    QWidget *m_parent;
    std::optional<ImportChoice> m_always;
};

} // namespace

bool exportTemplatesTo(QWidget *parent, const QList<LibraryTemplate> &templates)
{
    const QString path = QFileDialog::getSaveFileName(parent, LibraryTransfer::tr("Export Templates"),
                                                      startFolder() + QStringLiteral("/permitted-templates.json"),
                                                      LibraryTransfer::tr("Permitted templates (*.json)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!exportTemplates(path, templates, &error)) {
        QMessageBox::warning(parent, LibraryTransfer::tr("Export Templates"),
                             LibraryTransfer::tr("The templates could not be written to %1: %2").arg(path, error));
        return false;
    }
    return true;
}

QString importTemplatesFrom(QWidget *parent, LibraryStore *store)
{
    const QString path = QFileDialog::getOpenFileName(parent, LibraryTransfer::tr("Import Templates"), startFolder(),
                                                      LibraryTransfer::tr("Permitted templates (*.json);;All files (*)"));
    if (path.isEmpty())
        return {};
    QString error;
    const auto templates = readTemplateFile(path, &error);
    if (!templates) {
        QMessageBox::warning(parent, LibraryTransfer::tr("Import Templates"),
                             LibraryTransfer::tr("%1 cannot be imported: %2. Your library was not changed.")
                                 .arg(QFileInfo(path).fileName(), error));
        return {};
    }
    ConflictQuestion ask(parent);
    ImportSummary summary;
    if (!store->importTemplates(*templates, std::ref(ask), &summary))
        return {};   // the store reported the failure
    return LibraryTransfer::tr("Imported: %1 added, %2 replaced, %3 skipped.").arg(summary.added).arg(summary.replaced).arg(summary.skipped);
}

} // namespace permitted
