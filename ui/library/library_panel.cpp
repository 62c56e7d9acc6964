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
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace permitted {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

LibraryPanel::LibraryPanel(LibraryStore *store, const QString &uiLanguage, QWidget *parent)
    : QWidget(parent), m_store(store), m_uiLanguage(uiLanguage), m_search(new QLineEdit(this)),
      m_tree(new QTreeWidget(this)), m_empty(new QLabel(this))
{
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
    QAction *duplicate = bar->addAction(tr("Duplicate"), this, &LibraryPanel::duplicateSelected);
    QAction *rename = bar->addAction(tr("Rename…"), this, &LibraryPanel::renameSelected);
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

    auto updateActions = [=, this] {
        const bool one = selectedId() != 0;
        for (QAction *a : {duplicate, rename, tags, remove, exportOne})
            a->setEnabled(one);
    };
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, updateActions);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, kIdRole).toLongLong())
            emit openRequested(id);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, [=, this](const QPoint &at) {
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
    if (selected)
        select(selected);
    const bool none = m_tree->topLevelItemCount() == 0;
    m_empty->setVisible(none);
    if (!m_store->isAvailable())
        m_empty->setText(tr("Your template library could not be opened: %1").arg(m_store->unavailableReason()));
    else if (all.isEmpty())
        m_empty->setText(tr("No templates yet. “New…” starts one from a built-in template, in any buyer language."));
    else
        m_empty->setText(tr("No template matches “%1”.").arg(query));
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
    if (t && m_store->removeTemplate(t->id))
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
