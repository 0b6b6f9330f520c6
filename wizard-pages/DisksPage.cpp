#include "DisksPage.h"

#include "DiskPicker.h"
#include "session/SpecModel.h"

#include <QHBoxLayout>

DisksPage::DisksPage(SpecModel *spec, PlanModel *plan, QWidget *parent)
    : QWizardPage(parent)
    , m_spec(spec)
    , m_plan(plan)
    , m_row(new QHBoxLayout(this))
{
    setTitle(tr("Disks"));
    setSubTitle(tr("Choose the disk that holds each server's brick. It is formatted with XFS "
                   "and mounted on its own; disks in use cannot be chosen."));
    m_row->setSpacing(12);
    syncPickers();
    connect(spec, &SpecModel::serverCountChanged, this, &DisksPage::syncPickers);
}

void DisksPage::syncPickers()
{
    while (m_pickers.size() > m_spec->serverCount())
        delete m_pickers.takeLast();
    while (m_pickers.size() < m_spec->serverCount()) {
        auto *picker = new DiskPicker(m_spec, m_plan, static_cast<int>(m_pickers.size()));
        connect(picker, &DiskPicker::completeChanged, this, &QWizardPage::completeChanged);
        m_row->addWidget(picker, 1, Qt::AlignTop);
        m_pickers << picker;
    }
}

void DisksPage::initializePage()
{
    for (DiskPicker *picker : std::as_const(m_pickers))
        picker->reload();
}

bool DisksPage::isComplete() const
{
    for (DiskPicker *picker : m_pickers) {
        if (!picker->isComplete())
            return false;
    }
    return !m_pickers.isEmpty();
}
