#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QVBoxLayout;
class PairDiagram;
class RunModel;
class SpecModel;

// Page 8: what was built. The volume as `gluster volume info` reports it (type, status,
// bricks, parsed, and the raw text), a picture of the pair, and the replication test: the
// file written through the volume on the first server, read on the other, fetched over HTTP
// from both.
class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    ResultPage(SpecModel *spec, RunModel *run, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    bool isLoaded() const { return m_loaded; }
    QString volumeType() const;
    QString volumeStatus() const;
    int brickCount() const;
    int replicaCount() const;
    bool replicationPassed() const { return m_replicationPassed; }
    QString contentReportText() const;

private:
    void showResult();
    void showTests();
    void showContentReport();

    SpecModel *m_spec;
    RunModel *m_run;
    QLabel *m_headline;
    PairDiagram *m_picture;
    QLabel *m_name;
    QLabel *m_type;
    QLabel *m_status;
    QLabel *m_bricks;
    QVBoxLayout *m_tests;
    QLabel *m_content;
    QPlainTextEdit *m_raw;
    bool m_loaded = false;
    bool m_replicationPassed = false;
};
