#include "KnownHosts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

KnownHosts::KnownHosts(const QString &path)
    : m_path(path)
{}

bool KnownHosts::load(QString *error)
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("KnownHosts", "Cannot read %1: %2")
                         .arg(m_path, file.errorString());
        return false;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")));
        Entry entry;
        entry.line = lineNumber;
        if (fields.first().startsWith(QLatin1Char('@'))) {
            const QString marker = fields.takeFirst();
            if (marker == QLatin1String("@revoked"))
                entry.marker = Marker::Revoked;
            else if (marker == QLatin1String("@cert-authority"))
                entry.marker = Marker::CertAuthority;
            else
                continue; // unknown marker: OpenSSH ignores the line too
        }
        if (fields.size() < 3)
            continue;
        entry.hosts = fields.at(0);
        entry.blob = QByteArray::fromBase64(fields.at(2).toLatin1());
        entry.keyType = SshHostKey::typeOfBlob(entry.blob);
        if (entry.keyType.isEmpty() || entry.keyType != fields.at(1))
            continue; // malformed key: skipped, as OpenSSH does
        m_entries.append(entry);
    }
    return true;
}

KnownHosts::CheckResult KnownHosts::check(const QString &host, quint16 port,
                                          const SshHostKey &key) const
{
    return check(lookupName(host, port), key);
}

KnownHosts::CheckResult KnownHosts::check(const QString &name, const SshHostKey &key) const
{
    CheckResult result;
    int changedLine = 0;
    for (const Entry &entry : m_entries) {
        if (entry.marker == Marker::CertAuthority || !hostsFieldMatches(entry.hosts, name))
            continue;
        if (entry.marker == Marker::Revoked) {
            if (entry.blob == key.blob())
                return {Status::Revoked, entry.line, {}};
            continue;
        }
        if (entry.blob == key.blob()) {
            // Keep looking: a later @revoked line for the same key still wins.
            if (result.status != Status::Match)
                result = {Status::Match, entry.line, {}};
        } else if (entry.keyType == key.type()) {
            if (!changedLine)
                changedLine = entry.line;
        } else if (!result.otherKnownTypes.contains(entry.keyType)) {
            result.otherKnownTypes.append(entry.keyType);
        }
    }
    if (result.status == Status::Match)
        return result;
    if (changedLine)
        return {Status::Changed, changedLine, {}};
    return result;
}

QStringList KnownHosts::knownKeyTypes(const QString &host, quint16 port) const
{
    return knownKeyTypes(lookupName(host, port));
}

QStringList KnownHosts::knownKeyTypes(const QString &name) const
{
    QStringList types;
    for (const Entry &entry : m_entries) {
        if (entry.marker == Marker::None && !types.contains(entry.keyType) &&
            hostsFieldMatches(entry.hosts, name))
            types.append(entry.keyType);
    }
    return types;
}

QList<QByteArray> KnownHosts::certificateAuthorities(const QString &name) const
{
    QList<QByteArray> authorities;
    for (const Entry &entry : m_entries) {
        if (entry.marker == Marker::CertAuthority && !authorities.contains(entry.blob) &&
            hostsFieldMatches(entry.hosts, name))
            authorities.append(entry.blob);
    }
    return authorities;
}

bool KnownHosts::add(const QString &host, quint16 port, const SshHostKey &key, HashMode mode,
                     QString *error)
{
    return add(lookupName(host, port), key, mode, error);
}

bool KnownHosts::add(const QString &name, const SshHostKey &key, HashMode mode, QString *error)
{
    QString hostsField = name;
    if (mode == HashMode::Hashed) {
        QByteArray salt(20, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                              salt.size() / int(sizeof(quint32)));
        hostsField = hashedName(name, salt);
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        if (error)
            *error = QCoreApplication::translate("KnownHosts", "Cannot write %1: %2")
                         .arg(m_path, file.errorString());
        return false;
    }
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray text;
    if (file.size() > 0) {
        // Never glue our line onto a last line that lacks its newline.
        file.seek(file.size() - 1);
        if (file.read(1) != "\n")
            text.append('\n');
    }
    text.append(QStringLiteral("%1 %2 %3\n").arg(hostsField, key.type(), key.base64()).toUtf8());
    if (file.write(text) != text.size() || !file.flush()) {
        if (error)
            *error = QCoreApplication::translate("KnownHosts", "Cannot write %1: %2")
                         .arg(m_path, file.errorString());
        return false;
    }
    Entry entry;
    entry.hosts = hostsField;
    entry.keyType = key.type();
    entry.blob = key.blob();
    entry.line = m_entries.isEmpty() ? 1 : m_entries.last().line + 1;
    m_entries.append(entry);
    return true;
}

QString KnownHosts::lookupName(const QString &host, quint16 port)
{
    const QString lower = host.toLower();
    if (port == 22 || port == 0)
        return lower;
    return QStringLiteral("[%1]:%2").arg(lower).arg(port);
}

QString KnownHosts::hashedName(const QString &name, const QByteArray &salt)
{
    const QByteArray hash =
        QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1);
    return QStringLiteral("|1|%1|%2")
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

bool KnownHosts::hostsFieldMatches(const QString &hosts, const QString &name)
{
    if (hosts.startsWith(QLatin1String("|1|"))) {
        const QStringList parts = hosts.split(QLatin1Char('|'));
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
        return hashedName(name, salt) == hosts;
    }
    bool matched = false;
    for (const QString &pattern : hosts.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            // A matching negated pattern excludes the host from the whole line.
            if (patternMatches(name, pattern.mid(1)))
                return false;
        } else if (patternMatches(name, pattern)) {
            matched = true;
        }
    }
    return matched;
}

bool KnownHosts::patternMatches(const QString &name, const QString &pattern)
{
    // Glob match ('*' any run, '?' one character), case-insensitive like OpenSSH's
    // match_hostname(). Iterative with one backtrack point: linear for practical patterns.
    const QString text = name.toLower();
    const QString glob = pattern.toLower();
    qsizetype t = 0, p = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < glob.size() && glob.at(p) == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (p < glob.size() &&
                   (glob.at(p) == QLatin1Char('?') || glob.at(p) == text.at(t))) {
            ++t;
            ++p;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < glob.size() && glob.at(p) == QLatin1Char('*'))
        ++p;
    return p == glob.size();
}
