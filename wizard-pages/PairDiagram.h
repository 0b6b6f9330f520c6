#pragma once

#include "health/HealthPairSummary.h"

#include <QWidget>

class QPainter;

// The one picture of the pair (QPainter), on the health dashboard and the result page: a card
// per server coloured by its worst line, one line per aspect (on the dashboard SSH, glusterd,
// brick, self-heal, mount, boot, disk, web; on the result page brick, mount, web); the link
// between neighbours coloured by the peers' view of each other, with the pending heals and
// split-brain counts on it (unless setHealCountsShown(false): the result page does not look); the
// volume and the round trip (or the replication test) underneath, and the files in split-brain
// listed in red. What it shows is a HealthPairSummary (fromReport() or fromBuiltPair()). Before
// that it shows a placeholder.
class PairDiagram : public QWidget
{
    Q_OBJECT
public:
    explicit PairDiagram(QWidget *parent = nullptr);

    void setSummary(const HealthPairSummary &summary);
    void clear();
    // Shown before the first summary (and after clear()).
    void setPlaceholderText(const QString &text);
    // Without the heal and split-brain counts the picture is shorter, its placeholder too.
    void setHealCountsShown(bool shown);
    const HealthPairSummary &summary() const { return m_summary; }
    bool hasSummary() const { return m_hasSummary; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

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
    QString m_placeholder;
    bool m_healCountsShown = true;
};
