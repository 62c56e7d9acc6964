#pragma once
// The user's templates, grouped by contact reason, with a search field and each template's
// languages and where their translations stand; new, duplicate, rename, delete (asked first,
// and undoable), export and import. Below them, read-only, the built-in templates, which "New…"
// copies into the library. The selected template's text shows under the list.

#include "library_types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace permitted {

class LibraryStore;

class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    LibraryPanel(LibraryStore *store, const QString &uiLanguage, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    // The (first) selected template, or 0.
    qint64 selectedId() const;
    QList<qint64> selectedIds() const;
    void select(qint64 id);
    // The built-in template's reason when one is selected, or empty.
    QString selectedBuiltin() const;
    void selectBuiltin(const QString &reason);
    // The buyer language whose text the preview shows first.
    void setPreviewLanguage(const QString &language);
    QPlainTextEdit *preview() const { return m_preview; }

    void duplicateSelected();
    void renameSelected();
    void editTagsOfSelected();
    void deleteSelected();
    void exportAll();
    void exportSelected();
    void importFile();

signals:
    void openRequested(qint64 id);
    // "New Template…": the window knows the draft and the order it starts from.
    void newRequested();
    // "New Template from This…" on a built-in template.
    void newFromBuiltinRequested(const QString &reason);
    // Something to say in the status bar.
    void message(const QString &text);

private:
    void refresh();
    QString languagesText(const LibraryTemplate &t, QString *details) const;
    bool matches(const LibraryTemplate &t, const QString &query) const;
    void addBuiltins(const QString &query);
    void showPreview();

    LibraryStore *m_store;
    QString m_uiLanguage;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QLabel *m_empty;
    QPlainTextEdit *m_preview;
    QString m_previewLanguage = QStringLiteral("en");
};

} // namespace permitted
