#pragma once

#include "session/DiskCandidate.h"

#include <QGroupBox>
#include <QList>

class FieldError;
class QCheckBox;
class QLabel;
class QLineEdit;
class PlanModel;
class QTreeWidget;
class SpecModel;

// One server's brick disk: its disks with size, content and mounts (mounted ones cannot be
// chosen), the confirmation that formatting the chosen one needs (typing its name when it
// holds data), and where the brick is mounted.
class DiskPicker : public QGroupBox
{
    Q_OBJECT
public:
    DiskPicker(SpecModel *spec, PlanModel *plan, int index, QWidget *parent = nullptr);

    void reload(); // facts or spec changed: list the disks again
    bool isComplete() const;
    QTreeWidget *disks() const { return m_disks; }
    QLineEdit *typedName() const { return m_typedName; }
    QCheckBox *formatBox() const { return m_format; }

signals:
    void completeChanged();

private:
    void onSelectionChanged();
    void updateConfirmation();
    const DiskCandidate *chosen() const;

    void showProblems();

    SpecModel *m_spec;
    PlanModel *m_plan;
    int m_index;
    QList<DiskCandidate> m_candidates;
    QTreeWidget *m_disks;
    QLabel *m_warning;
    QLineEdit *m_typedName;
    QCheckBox *m_format;
    QLineEdit *m_brickMount;
    QLineEdit *m_brickDir;
    FieldError *m_diskError;
    FieldError *m_mountError;
    FieldError *m_dirError;
    bool m_loading = false;
};
