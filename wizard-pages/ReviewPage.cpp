#include "ReviewPage.h"

#include "StatusIcon.h"
#include "session/PlanModel.h"
#include "session/SpecModel.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

ReviewPage::ReviewPage(SpecModel *spec, PlanModel *plan, QWidget *parent)
    : QWizardPage(parent)
    , m_spec(spec)
    , m_plan(plan)
    , m_status(new QLabel)
    , m_steps(new QTreeWidget)
    , m_text(new QPlainTextEdit)
    , m_copy(new QPushButton(tr("&Copy")))
    , m_export(new QPushButton(tr("&Export as script…")))
    , m_save(new QPushButton(tr("&Save spec…")))
{
    setTitle(tr("Review"));
    setSubTitle(tr("These are the exact commands, in order, for each server. Steps that are "
                   "already done are skipped when the plan runs."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Run the plan"));

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_steps->setHeaderHidden(true);
    m_steps->setColumnCount(1);
    m_steps->setMinimumWidth(240);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *splitter = new QSplitter;
    splitter->addWidget(m_steps);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(plan, &PlanModel::planReady, this, &ReviewPage::showPlan);
    connect(m_copy, &QPushButton::clicked, this,
            [this]() { QGuiApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(m_export, &QPushButton::clicked, this, &ReviewPage::exportScript);
    connect(m_save, &QPushButton::clicked, this, &ReviewPage::saveSpec);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).isValid())
            jumpToStep(item->data(0, Qt::UserRole).toInt());
    });
}

void ReviewPage::initializePage()
{
    m_steps->clear();
    m_text->clear();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Preparing the plan…"));
    for (QPushButton *button : {m_copy, m_export})
        button->setEnabled(false);
    m_plan->preparePlan();
}

void ReviewPage::showPlan()
{
    const Plan &plan = m_plan->planResult().plan;
    m_steps->clear();
    const SetupSpec &spec = m_spec->spec();
    QPixmap transparent(16, 16);
    transparent.fill(Qt::transparent);
    const QIcon blank(transparent);
    for (int server = 0; server < spec.servers.size(); ++server) {
        auto *top = new QTreeWidgetItem(m_steps);
        int count = 0;
        for (int i = 0; i < plan.size(); ++i) {
            const Step &step = plan.steps().at(i);
            if (step.serverIndex != server)
                continue;
            ++count;
            auto *item =
                new QTreeWidgetItem(top, {QStringLiteral("%1. %2").arg(i + 1).arg(step.title)});
            item->setData(0, Qt::UserRole, i);
            item->setToolTip(0, step.why);
            item->setIcon(0, blank); // keeps the titles aligned with the destructive ones
            if (step.destructive) {
                item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setToolTip(0, tr("Erases the disk. %1").arg(step.why));
            }
        }
        top->setText(0, tr("%1 — %n step(s)", nullptr, count).arg(spec.servers.at(server).name));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setExpanded(true);
    }
    m_text->setPlainText(m_plan->planText());
    const QStringList problems = m_plan->planProblems();
    if (!problems.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_status->setText(problems.join(QLatin1Char('\n')));
    } else {
        m_status->setStyleSheet(QString());
        m_status->setText(
            tr("%n step(s) for %1 servers.", nullptr, plan.size()).arg(spec.servers.size()));
    }
    for (QPushButton *button : {m_copy, m_export})
        button->setEnabled(!plan.isEmpty());
    emit completeChanged();
}

// Scrolls the full text to the step's "[n/N]" heading.
void ReviewPage::jumpToStep(int index)
{
    const QString heading =
        QStringLiteral("[%1/%2]").arg(index + 1).arg(m_plan->planResult().plan.size());
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(heading)) {
            QTextCursor cursor(block);
            m_text->setTextCursor(cursor);
            m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
            m_text->setTextCursor(cursor);
            m_text->ensureCursorVisible();
            return;
        }
    }
}

void ReviewPage::exportScript()
{
    auto *dialog = new QFileDialog(this, tr("Export the plan as a script"),
                                   QStringLiteral("setup-%1.sh").arg(m_spec->spec().volume.name),
                                   tr("Shell script (*.sh);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_plan->exportScript().toUtf8()) < 0 ||
            !file.commit()) {
            m_status->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
            return;
        }
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner);
        m_status->setText(tr("Script written to %1.").arg(path));
    });
    dialog->open();
}

void ReviewPage::saveSpec()
{
    const QString suggested = m_spec->specPath().isEmpty()
                                  ? QStringLiteral("%1.json").arg(m_spec->spec().volume.name)
                                  : m_spec->specPath();
    auto *dialog = new QFileDialog(this, tr("Save the setup spec"), suggested,
                                   tr("Setup spec (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (m_spec->saveSpec(path, &error))
            m_status->setText(tr("Spec saved to %1 (it holds no password).").arg(path));
        else
            m_status->setText(error);
    });
    dialog->open();
}

bool ReviewPage::isComplete() const
{
    return m_plan->isPlanReady();
}
