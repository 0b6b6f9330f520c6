#include "HealthCheckList.h"

#include "HealthStateStyle.h"
#include "RemoteText.h"

#include <QHeaderView>

#include <algorithm>

namespace {
int order(HealthCheck::State state)
{
    switch (state) {
    case HealthCheck::State::Fail:
        return 0;
    case HealthCheck::State::Unknown:
        return 1;
    case HealthCheck::State::Warn:
        return 2;
    case HealthCheck::State::Ok:
        return 3;
    }
    return 3;
}
} // namespace

HealthCheckList::HealthCheckList(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(4);
    setHeaderLabels({tr("State"), tr("Server"), tr("Check"), tr("Subject")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    setColumnWidth(0, 96);
    setColumnWidth(1, 86);
    setColumnWidth(2, 150);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int index = item ? indexOfTopLevelItem(item) : -1;
        if (index >= 0 && index < m_checks.size())
            emit currentCheckChanged(m_checks.at(index));
    });
}

void HealthCheckList::setReport(const HealthReport &report)
{
    m_checks = report.checks;
    std::stable_sort(
        m_checks.begin(), m_checks.end(),
        [](const HealthCheck &a, const HealthCheck &b) { return order(a.state) < order(b.state); });
    clear();
    for (const HealthCheck &check : std::as_const(m_checks)) {
        auto *item = new QTreeWidgetItem(this);
        item->setIcon(0, HealthStateStyle::icon(check.state));
        item->setText(0, HealthStateStyle::label(check.state));
        item->setText(1, check.server.isEmpty() ? tr("pair") : check.server);
        item->setText(2, check.title);
        item->setText(3, RemoteText::printable(check.subject));
        for (int column = 0; column < 4; ++column)
            item->setToolTip(column, RemoteText::printable(check.reason));
        if (check.state == HealthCheck::State::Fail)
            item->setForeground(0, HealthStateStyle::color(check.state));
    }
}

void HealthCheckList::selectFirstProblem()
{
    if (topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
}
