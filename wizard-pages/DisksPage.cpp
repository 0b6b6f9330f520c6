#include "DisksPage.h"

#include "DiskPicker.h"

#include <QHBoxLayout>

DisksPage::DisksPage(SetupSession *session, QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Disks"));
    setSubTitle(tr("Choose the disk that holds each server's brick. It is formatted with XFS "
                   "and mounted on its own; disks in use cannot be chosen."));
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(12);
    for (int i = 0; i < 2; ++i) {
        auto *picker = new DiskPicker(session, i);
        connect(picker, &DiskPicker::completeChanged, this, &QWizardPage::completeChanged);
        m_pickers << picker;
        layout->addWidget(picker, 1, Qt::AlignTop);
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
    return true;
}
