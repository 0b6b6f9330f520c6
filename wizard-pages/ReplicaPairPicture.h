#pragma once

#include <QStringList>
#include <QWidget>

// The result page's picture of what was built: two servers side by side, each with its brick,
// the replication between them over the private network, and the volume mounted on both.
class ReplicaPairPicture : public QWidget
{
    Q_OBJECT
public:
    struct Server
    {
        QString name;
        QString publicAddress;
        QString brick;
        bool healthy = false;
    };

    explicit ReplicaPairPicture(QWidget *parent = nullptr);
    void setPair(const QList<Server> &servers, const QString &volume, const QString &mountPath,
                 bool replicating);
    QSize sizeHint() const override { return {520, 170}; }
    QSize minimumSizeHint() const override { return {360, 150}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Server> m_servers;
    QString m_volume;
    QString m_mountPath;
    bool m_replicating = false;
};
