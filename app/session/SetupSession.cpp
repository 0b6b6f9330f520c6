#include "session/SetupSession.h"

#include "session/ConnectionModel.h"
#include "session/PlanModel.h"
#include "session/RunModel.h"
#include "session/SpecModel.h"

SetupSession::SetupSession(QObject *parent)
    : QObject(parent)
    , m_spec(new SpecModel(this))
    , m_connection(new ConnectionModel(m_spec, this))
    , m_plan(new PlanModel(m_spec, m_connection, this))
    , m_run(new RunModel(m_spec, m_connection, m_plan, this))
{}
