#include "DiskPicker.h"

#include "FieldError.h"
#include "StatusIcon.h"
#include "session/PlanModel.h"
#include "session/SpecModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

DiskPicker::DiskPicker(SpecModel *spec, PlanModel *plan, int index, QWidget *parent)
    : QGroupBox(parent)
    , m_spec(spec)
    , m_plan(plan)
    , m_index(index)
    , m_disks(new QTreeWidget)
    , m_warning(new QLabel)
    , m_typedName(new QLineEdit)
    , m_format(new QCheckBox)
    , m_brickMount(new QLineEdit)
    , m_brickDir(new QLineEdit)
    , m_diskError(new FieldError)
    , m_mountError(new FieldError)
    , m_dirError(new FieldError)
{
    m_disks->setHeaderLabels({tr("Disk"), tr("Size"), tr("Content"), tr("Mounted at")});
    m_disks->setRootIsDecorated(false);
    m_disks->setAllColumnsShowFocus(true);
    m_disks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_disks->header()->setStretchLastSection(true);
    m_disks->setMinimumHeight(110);
    m_disks->setMaximumHeight(200);
    m_warning->setWordWrap(true);
    m_typedName->setPlaceholderText(tr("type the disk's name to confirm"));
    m_format->hide();
    m_typedName->hide();
    m_warning->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto cell = [](QWidget *field, FieldError *error) {
        auto *w = new QWidget;
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(2);
        l->addWidget(field);
        l->addWidget(error);
        return w;
    };
    form->addRow(tr("Brick &mount:"), cell(m_brickMount, m_mountError));
    form->addRow(tr("Brick &directory:"), cell(m_brickDir, m_dirError));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_disks);
    layout->addWidget(m_diskError);
    layout->addWidget(m_warning);
    layout->addWidget(m_typedName);
    layout->addWidget(m_format);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_disks, &QTreeWidget::itemSelectionChanged, this, &DiskPicker::onSelectionChanged);
    connect(m_typedName, &QLineEdit::textChanged, this, [this]() { updateConfirmation(); });
    connect(m_format, &QCheckBox::toggled, this, [this]() { updateConfirmation(); });
    connect(m_brickMount, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_spec->editSpec(
            [&](SetupSpec &spec) { spec.servers[m_index].brickMount = text.trimmed(); });
    });
    connect(m_brickDir, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_spec->editSpec([&](SetupSpec &spec) { spec.servers[m_index].brickDir = text.trimmed(); });
    });
    connect(spec, &SpecModel::changed, this, [this]() {
        showProblems();
        emit completeChanged();
    });
}

void DiskPicker::showProblems()
{
    m_diskError->setMessage(m_spec->problem(SpecModel::Field::Disk, m_index));
    m_mountError->setMessage(m_spec->problem(SpecModel::Field::BrickMount, m_index));
    m_dirError->setMessage(m_spec->problem(SpecModel::Field::BrickDir, m_index));
}

void DiskPicker::reload()
{
    m_loading = true;
    const ServerSpec server = m_spec->spec().servers.value(m_index);
    // The arbiter's brick holds names and metadata only: any small disk will do.
    setTitle(server.isArbiter() ? tr("%1 (arbiter: a small disk is enough)").arg(server.name)
                                : server.name);
    m_brickMount->setText(server.brickMount);
    m_brickDir->setText(server.brickDir);
    m_candidates = m_plan->diskCandidates(m_index);
    m_disks->clear();
    QTreeWidgetItem *current = nullptr;
    for (const DiskCandidate &disk : std::as_const(m_candidates)) {
        auto *item = new QTreeWidgetItem(
            m_disks, {disk.device, disk.size.isEmpty() ? QStringLiteral("–") : disk.size,
                      disk.content, disk.mountpoints.join(QStringLiteral(", "))});
        if (!disk.isSelectable()) {
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            item->setIcon(0, StatusIcon::icon(StatusIcon::Kind::Skipped));
            item->setToolTip(0, disk.use == DiskCandidate::Use::System
                                    ? tr("A disk of the system is never formatted.")
                                    : tr("In use: a mounted disk is never formatted."));
        } else {
            item->setIcon(0, StatusIcon::icon(disk.needsTypedConfirmation()
                                                  ? StatusIcon::Kind::Waiting
                                                  : StatusIcon::Kind::Passed));
        }
        // Why it belongs to the system, under the disk.
        for (const QString &reason : disk.reasons) {
            auto *why = new QTreeWidgetItem(item, {reason});
            why->setFlags(Qt::NoItemFlags);
            why->setFirstColumnSpanned(true);
        }
        item->setExpanded(true);
        if (disk.device == server.disk && disk.isSelectable())
            current = item;
    }
    for (int column = 0; column < 3; ++column)
        m_disks->resizeColumnToContents(column);
    m_typedName->clear();
    m_format->setChecked(false);
    m_loading = false;
    if (current)
        current->setSelected(true);
    onSelectionChanged();
}

const DiskCandidate *DiskPicker::chosen() const
{
    const QList<QTreeWidgetItem *> selected = m_disks->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const int row = m_disks->indexOfTopLevelItem(selected.first());
    return row >= 0 && row < m_candidates.size() ? &m_candidates.at(row) : nullptr;
}

void DiskPicker::onSelectionChanged()
{
    if (m_loading)
        return;
    const DiskCandidate *disk = chosen();
    if (disk && disk->device != m_spec->spec().servers.value(m_index).disk) {
        const QString device = disk->device;
        m_spec->editSpec([&](SetupSpec &spec) { spec.servers[m_index].disk = device; });
    }
    m_typedName->clear();
    m_format->setChecked(false);
    m_typedName->setVisible(disk && disk->needsTypedConfirmation());
    m_format->setVisible(disk && disk->use == DiskCandidate::Use::Blank);
    m_warning->setVisible(disk != nullptr);
    if (!disk) {
        m_warning->hide();
    } else if (disk->use == DiskCandidate::Use::Brick) {
        m_warning->setStyleSheet(QString());
        m_warning->setText(tr("%1 already holds the brick file system of an earlier run: it is "
                              "kept as it is.")
                               .arg(disk->device));
    } else if (disk->use == DiskCandidate::Use::Blank) {
        m_warning->setStyleSheet(QString());
        m_warning->setText(
            tr("%1 is empty: it will be formatted with XFS for the brick.").arg(disk->device));
        m_format->setText(
            tr("&Format %1 on %2").arg(disk->device, m_spec->spec().servers.value(m_index).name));
    } else {
        m_warning->setStyleSheet(QStringLiteral("color: #8a1c13;"));
        m_warning->setText(
            disk->use == DiskCandidate::Use::HoldsData
                ? tr("%1 holds %2. Formatting erases everything on it: type %1 to confirm.")
                      .arg(disk->device, disk->content)
                : tr("What %1 holds could not be examined. Formatting erases everything on it: "
                     "type %1 to confirm.")
                      .arg(disk->device));
    }
    updateConfirmation();
}

void DiskPicker::updateConfirmation()
{
    const DiskCandidate *disk = chosen();
    bool confirmed = false;
    bool typed = false;
    if (disk) {
        if (disk->use == DiskCandidate::Use::Brick)
            confirmed = true;
        else if (disk->use == DiskCandidate::Use::Blank)
            confirmed = m_format->isChecked();
        else if (disk->needsTypedConfirmation())
            confirmed = typed = m_typedName->text().trimmed() == disk->device;
    }
    m_plan->setFormatConfirmed(m_index, confirmed);
    m_plan->setWipeTyped(m_index, typed ? disk->device : QString());
    emit completeChanged();
}

bool DiskPicker::isComplete() const
{
    return chosen() && m_plan->formatConfirmed(m_index) &&
           m_spec->isValid(SpecModel::serverDiskFields(), m_index);
}
