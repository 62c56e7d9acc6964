#include "library_panel.h"
#include "library_store.h"
#include "library_transfer.h"
#include "panels/reason_names.h"
#include "languages.h"
#include "reasons.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace permitted {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kBuiltinRole = Qt::UserRole + 1;   // a built-in template's reason

QString previewText(const TemplateText &text)
{
    return LibraryPanel::tr("Subject: %1").arg(text.subject) + QStringLiteral("\n\n") + text.body;
}
} // namespace

LibraryPanel::LibraryPanel(LibraryStore *store, const QString &uiLanguage, QWidget *parent)
    : QWidget(parent), m_store(store), m_uiLanguage(uiLanguage), m_search(new QLineEdit(this)),
      m_tree(new QTreeWidget(this)), m_empty(new QLabel(this)), m_preview(new QPlainTextEdit(this))
{
    m_search->setAccessibleName(tr("Search templates"));
    m_tree->setAccessibleName(tr("Templates"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Text of the selected template"));
    m_preview->setMaximumHeight(140);
    m_preview->setVisible(false);
    m_search->setPlaceholderText(tr("Search templates"));
    m_search->setClearButtonEnabled(true);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Template"), tr("Languages")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);   // several to export
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(tr("New…"), this, &LibraryPanel::newRequested)->setToolTip(tr("A new template from a built-in one or from the message in the editor"));
    // Three buttons fit the panel in every interface language; the rest is under "More".
    QAction *duplicate = new QAction(tr("Duplicate"), this);
    connect(duplicate, &QAction::triggered, this, &LibraryPanel::duplicateSelected);
    QAction *rename = new QAction(tr("Rename…"), this);
    connect(rename, &QAction::triggered, this, &LibraryPanel::renameSelected);
    QAction *tags = new QAction(tr("Tags…"), this);
    connect(tags, &QAction::triggered, this, &LibraryPanel::editTagsOfSelected);
    QAction *remove = bar->addAction(tr("Delete"), this, &LibraryPanel::deleteSelected);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(remove);
    addAction(rename);
    auto *more = new QToolButton(this);
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(more);
    QAction *undo = m_store->undoStack()->createUndoAction(this, tr("Undo"));
    QAction *redo = m_store->undoStack()->createRedoAction(this, tr("Redo"));
    moreMenu->addAction(duplicate);
    moreMenu->addAction(rename);
    moreMenu->addAction(tags);
    moreMenu->addSeparator();
    moreMenu->addAction(undo);
    moreMenu->addAction(redo);
    moreMenu->addSeparator();
    QAction *exportOne = moreMenu->addAction(tr("Export Selected…"), this, &LibraryPanel::exportSelected);
    moreMenu->addAction(tr("Export All…"), this, &LibraryPanel::exportAll);
    moreMenu->addAction(tr("Import…"), this, &LibraryPanel::importFile);
    more->setMenu(moreMenu);
    bar->addWidget(more);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(bar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_preview);

    auto updateActions = [=, this] {
        const bool one = selectedId() != 0;
        for (QAction *a : {duplicate, rename, tags, remove, exportOne})
            a->setEnabled(one);
    };
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, updateActions);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &LibraryPanel::showPreview);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, kIdRole).toLongLong())
            emit openRequested(id);
        else if (const QString reason = item->data(0, kBuiltinRole).toString(); !reason.isEmpty())
            emit newFromBuiltinRequested(reason);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, [=, this](const QPoint &at) {
        if (const QString reason = selectedBuiltin(); !reason.isEmpty()) {
            QMenu menu;
            menu.addAction(tr("New Template from This…"), this, [this, reason] { emit newFromBuiltinRequested(reason); });
            menu.exec(m_tree->viewport()->mapToGlobal(at));
            return;
        }
        const qint64 id = selectedId();
        if (!id)
            return;
        QMenu menu;
        menu.addAction(tr("Open"), this, [this, id] { emit openRequested(id); });
        menu.addActions({duplicate, rename, tags, remove, exportOne});
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });
    connect(m_search, &QLineEdit::textChanged, this, &LibraryPanel::refresh);
    connect(store, &LibraryStore::changed, this, &LibraryPanel::refresh);
    setEnabled(store->isAvailable());
    refresh();
    updateActions();
}

qint64 LibraryPanel::selectedId() const
{
    const QList<qint64> ids = selectedIds();
    return ids.isEmpty() ? 0 : ids.first();
}

QList<qint64> LibraryPanel::selectedIds() const
{
    QList<qint64> ids;
    for (const QTreeWidgetItem *item : m_tree->selectedItems())
        if (const qint64 id = item->data(0, kIdRole).toLongLong())
            ids << id;
    return ids;
}

void LibraryPanel::select(qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kIdRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
}

QString LibraryPanel::languagesText(const LibraryTemplate &t, QString *details) const
{
    QStringList codes, lines;
    for (const TemplateVariant &v : t.variants) {
        const QString name = languageDisplayName(v.language, m_uiLanguage);
        if (v.language == t.sourceLanguage) {
            codes.prepend(v.language.toUpper());
            lines.prepend(tr("%1: source").arg(name));
        } else if (v.status == TranslationStatus::NeedsReview) {
            codes << tr("%1 (to review)").arg(v.language.toUpper());
            lines << tr("%1: to review").arg(name);
        } else {
            codes << v.language.toUpper();
            lines << tr("%1: translated").arg(name);
        }
    }
    *details = lines.join(QLatin1Char('\n'));
    return codes.join(QStringLiteral(" · "));
}

bool LibraryPanel::matches(const LibraryTemplate &t, const QString &query) const
{
    if (query.isEmpty())
        return true;
    auto has = [&](const QString &text) { return text.contains(query, Qt::CaseInsensitive); };
    if (has(t.name) || has(reasonDisplayName(t.reason)) || std::any_of(t.tags.begin(), t.tags.end(), has))
        return true;
    return std::any_of(t.variants.begin(), t.variants.end(),
                       [&](const TemplateVariant &v) { return has(v.text.subject) || has(v.text.body); });
}

void LibraryPanel::refresh()
{
    // Rebuilt whole (a library holds tens of templates), keeping the selection.
    const qint64 selected = selectedId();
    const QString query = m_search->text().trimmed();
    const QList<LibraryTemplate> all = m_store->templates();
    m_tree->clear();
    for (const ContactReason &reason : contactReasons()) {
        QTreeWidgetItem *group = nullptr;
        for (const LibraryTemplate &t : all) {
            if (t.reason != reason.id || !matches(t, query))
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_tree, {reasonDisplayName(reason.id)});
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
                group->setFlags(Qt::ItemIsEnabled);
                group->setFirstColumnSpanned(true);
            }
            QString details;
            auto *item = new QTreeWidgetItem(group, {t.name, languagesText(t, &details)});
            item->setData(0, kIdRole, t.id);
            item->setToolTip(0, t.tags.isEmpty() ? t.name : tr("%1\nTags: %2").arg(t.name, t.tags.join(QStringLiteral(", "))));
            item->setToolTip(1, details);
        }
        if (group)
            group->setExpanded(true);
    }
    const bool none = m_tree->topLevelItemCount() == 0;
    addBuiltins(query);
    if (selected)
        select(selected);
    m_empty->setVisible(none);
    if (!m_store->isAvailable())
        m_empty->setText(tr("Your template library could not be opened: %1").arg(m_store->unavailableReason()));
    else if (all.isEmpty())
        m_empty->setText(tr("No templates yet. “New…” starts one from a built-in template, in any buyer language."));
    else
        m_empty->setText(tr("No template matches “%1”.").arg(query));
}

void LibraryPanel::addBuiltins(const QString &query)
{
    QTreeWidgetItem *group = nullptr;
    for (const ContactReason &reason : contactReasons()) {
        const QStringList languages = builtinLanguages(reason.id);
        const QString name = reasonDisplayName(reason.id);
        const auto hasQuery = [&](const BuiltinTemplate &b) {
            return b.reason == reason.id && (b.text.subject.contains(query, Qt::CaseInsensitive) || b.text.body.contains(query, Qt::CaseInsensitive));
        };
        if (languages.isEmpty()
            || (!query.isEmpty() && !name.contains(query, Qt::CaseInsensitive)
                && std::none_of(builtinTemplates().begin(), builtinTemplates().end(), hasQuery)))
            continue;
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {tr("Built-in templates (read-only)")});
            QFont font = group->font(0);
            font.setBold(true);
            font.setItalic(true);
            group->setFont(0, font);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
            group->setToolTip(0, tr("Permitted's own templates: “New…” or a double click copies one into your library"));
        }
        QStringList codes;
        for (const QString &code : languages)
            codes << code.toUpper();
        // The languages in the tooltip: every built-in has the same few, and the names need the room.
        auto *item = new QTreeWidgetItem(group, {name});
        item->setToolTip(1, codes.join(QStringLiteral(" · ")));
        item->setData(0, kBuiltinRole, reason.id);
        QFont italic = item->font(0);
        italic.setItalic(true);   // read-only, told apart from the seller's own
        item->setFont(0, italic);
        item->setToolTip(0, tr("%1\nBuilt-in, in %2: a double click copies it into your library").arg(name, codes.join(QStringLiteral(", "))));
    }
    if (group)
        group->setExpanded(true);
}

QString LibraryPanel::selectedBuiltin() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, kBuiltinRole).toString();
}

void LibraryPanel::selectBuiltin(const QString &reason)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kBuiltinRole).toString() == reason) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return;
        }
}

void LibraryPanel::setPreviewLanguage(const QString &language)
{
    m_previewLanguage = language;
    showPreview();
}

void LibraryPanel::showPreview()
{
    // In the buyer's language when the template has it, else in its source language.
    if (const QString reason = selectedBuiltin(); !reason.isEmpty()) {
        const BuiltinTemplate *b = findBuiltinTemplate(reason, m_previewLanguage);
        if (!b)
            b = findBuiltinTemplate(reason, QStringLiteral("en"));
        m_preview->setPlainText(b ? previewText(b->text) : QString());
        m_preview->setVisible(b);
        return;
    }
    const auto t = m_store->find(selectedId());
    // Shown only when there is a text to show: the list keeps the room otherwise.
    m_preview->setVisible(t.has_value());
    if (!t) {
        m_preview->clear();
        return;
    }
    const TemplateVariant *v = t->variant(m_previewLanguage);
    if (!v)
        v = t->variant(t->sourceLanguage);
    m_preview->setPlainText(v ? previewText(v->text) : QString());
}

void LibraryPanel::duplicateSelected()
{
    auto t = m_store->find(selectedId());
    if (!t)
        return;
    t->id = 0;
    t->uuid.clear();
    t->created = t->updated = {};
    t->name = tr("%1 (copy)").arg(t->name);
    if (const qint64 id = m_store->createTemplate(*t, tr("Duplicate “%1”").arg(t->name)))
        select(id);
}

void LibraryPanel::renameSelected()
{
    const auto t = m_store->find(selectedId());
    if (!t)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Template"), tr("New name:"), QLineEdit::Normal, t->name, &ok);
    if (ok && !name.trimmed().isEmpty())
        m_store->renameTemplate(t->id, name);
}

void LibraryPanel::editTagsOfSelected()
{
    const auto t = m_store->find(selectedId());
    if (!t)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Tags"), tr("Tags of “%1”, separated by commas:").arg(t->name),
                                               QLineEdit::Normal, t->tags.join(QStringLiteral(", ")), &ok);
    if (!ok)
        return;
    QStringList tags;
    for (const QString &tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            tags << tag.trimmed();
    m_store->setTags(t->id, tags);
}

void LibraryPanel::deleteSelected()
{
    const auto t = m_store->find(selectedId());
    if (!t)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Template"),
        tr("Delete the template “%1” and its %n language(s)?", "", int(t->variants.size())).arg(t->name)
            + QStringLiteral("\n\n") + tr("Edit ▸ Undo in this panel (Ctrl+Z) brings it back."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (m_store->removeTemplate(t->id))
        emit message(tr("Deleted “%1”. Undo brings it back.").arg(t->name));
}

void LibraryPanel::exportAll()
{
    const QList<LibraryTemplate> all = m_store->templates();
    if (exportTemplatesTo(this, all))
        emit message(tr("%n template(s) exported.", "", int(all.size())));
}

void LibraryPanel::exportSelected()
{
    QList<LibraryTemplate> chosen;
    for (const qint64 id : selectedIds())
        if (const auto t = m_store->find(id))
            chosen << *t;
    if (!chosen.isEmpty() && exportTemplatesTo(this, chosen))
        emit message(tr("%n template(s) exported.", "", int(chosen.size())));
}

void LibraryPanel::importFile()
{
    const QString summary = importTemplatesFrom(this, m_store);
    if (!summary.isEmpty())
        emit message(summary);
}

} // namespace permitted
