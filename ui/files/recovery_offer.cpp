#include "recovery_offer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace permitted {

void offerRecoveredDrafts(QWidget *parent, const std::function<bool(const RecoveredDraft &)> &restore)
{
    for (const RecoveredDraft &found : DraftRecovery::orphans()) {
        const QString name = found.originalPath.isEmpty() ? QCoreApplication::translate("RecoveryOffer", "an untitled draft")
                                                          : QFileInfo(found.originalPath).fileName();
        QString excerpt = (found.draft.html ? found.draft.html->body : found.draft.body).simplified();
        if (excerpt.size() > 160)
            excerpt = excerpt.left(160) + QChar(0x2026);
        QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("RecoveryOffer", "Recover Draft"),
                        QCoreApplication::translate("RecoveryOffer", "Permitted did not close normally while %1 had unsaved changes, "
                                                                     "last written %2.")
                            .arg(name, QLocale().toString(found.changed, QLocale::ShortFormat)),
                        QMessageBox::NoButton, parent);
        box.setInformativeText(QCoreApplication::translate("RecoveryOffer", "“%1”\n\nRestore it, with its order, or discard it?").arg(excerpt));
        QPushButton *restoreButton = box.addButton(QCoreApplication::translate("RecoveryOffer", "&Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(QCoreApplication::translate("RecoveryOffer", "&Discard"), QMessageBox::DestructiveRole);
        box.addButton(QCoreApplication::translate("RecoveryOffer", "Ask &Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restoreButton);
        box.exec();
        if (box.clickedButton() == discard) {
            DraftRecovery::remove(found);
        } else if (box.clickedButton() == restoreButton) {
            if (restore(found))
                DraftRecovery::remove(found);
            return;
        }
    }
}

} // namespace permitted
