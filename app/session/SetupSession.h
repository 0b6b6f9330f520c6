#pragma once

#include <QObject>

class ConnectionModel;
class PlanModel;
class RunModel;
class SpecModel;

// The setup wizard's models, made once and wired together: the spec being edited, the
// connection to its servers, the plan made for them, and its run. Pages take the models they
// show; nothing here knows about widgets.
class SetupSession : public QObject
{
    Q_OBJECT
public:
    explicit SetupSession(QObject *parent = nullptr);

    SpecModel *spec() const { return m_spec; }
    ConnectionModel *connection() const { return m_connection; }
    PlanModel *plan() const { return m_plan; }
    RunModel *run() const { return m_run; }

private:
    SpecModel *m_spec;
    ConnectionModel *m_connection;
    PlanModel *m_plan;
    RunModel *m_run;
};
