#pragma once

#include "health/HealthPairSummary.h"

#include <QWidget>

class QPainter;

// The dashboard's picture of the pair (QPainter): a card per server coloured by its worst
// check, one line per aspect (SSH, glusterd, brick, self-heal, mount, boot, disk, web); the
// link between neighbours coloured by the peers' view of each other, with the pending heals and
// split-brain counts on it; the volume and the round trip underneath, and the files in
// split-brain listed in red. Before the first report it shows a placeholder.
class PairDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit PairDiagram(QWidget *parent = nullptr);

    void setSummary(const HealthPairSummary &summary);
    void clear();
    const HealthPairSummary &summary() const { return m_summary; }
    bool hasSummary() const { return m_hasSummary; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {640, 300}; }

    // Split-brain files listed by name; the rest are counted.
    static constexpr int MaxFilesShown = 4;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QRectF> cardRects() const;
    qreal cardHeight() const;
    void drawCard(QPainter &p, const QRectF &box, const HealthPairSummary::Server &server) const;
    void drawLink(QPainter &p, const QRectF &left, const QRectF &right) const;
    void drawPill(QPainter &p, const QRectF &rect, const QString &text,
                  HealthCheck::State state) const;
    void drawFooter(QPainter &p, qreal top) const;

    HealthPairSummary m_summary;
    bool m_hasSummary = false;
};
