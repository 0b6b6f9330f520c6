#include "spec/FieldRules.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

namespace {
bool matches(const QString &value, const char *pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(QLatin1String(pattern)));
    return re.match(value).hasMatch();
}

// Directories that must never become a brick or the volume's mount point.
const QStringList kSystemDirectories = {
    QStringLiteral("/"),      QStringLiteral("/bin"),     QStringLiteral("/boot"),
    QStringLiteral("/dev"),   QStringLiteral("/etc"),     QStringLiteral("/lib"),
    QStringLiteral("/lib64"), QStringLiteral("/proc"),    QStringLiteral("/root"),
    QStringLiteral("/run"),   QStringLiteral("/sbin"),    QStringLiteral("/sys"),
    QStringLiteral("/tmp"),   QStringLiteral("/usr"),     QStringLiteral("/var"),
    QStringLiteral("/home"),  QStringLiteral("/var/lib"), QStringLiteral("/var/log")};

// Words the gluster CLI refuses as volume names (they are keywords of its grammar).
const QStringList kReservedVolumeNames = {
    QStringLiteral("all"),         QStringLiteral("volume"), QStringLiteral("type"),
    QStringLiteral("subvolumes"),  QStringLiteral("option"), QStringLiteral("end-volume"),
    QStringLiteral("description"), QStringLiteral("force"),  QStringLiteral("help"),
    QStringLiteral("info"),        QStringLiteral("status"), QStringLiteral("list")};
} // namespace

QString FieldRules::hostName(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter a host name.");
    const QString label = QStringLiteral("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    const QRegularExpression re(QRegularExpression::anchoredPattern(
        label + QStringLiteral("(?:\\.") + label + QStringLiteral(")*")));
    if (value.size() > 253 || !re.match(value).hasMatch()) {
        return tr("\"%1\" is not a valid host name: use letters a-z, digits and '-' in labels "
                  "of at most 63 characters separated by dots, not starting or ending with '-'.")
            .arg(value);
    }
    if (matches(value, "[0-9.]+"))
        return tr("\"%1\" looks like an IP address, not a host name.").arg(value);
    return QString();
}

QString FieldRules::ipv4Address(const QString &value)
{
    const char *octet = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    const QString pattern = QStringLiteral("%1\\.%1\\.%1\\.%1").arg(QLatin1String(octet));
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    if (!re.match(value).hasMatch())
        return tr("\"%1\" is not an IPv4 address such as 10.3.0.44.").arg(value);
    return QString();
}

QString FieldRules::ipv6Address(const QString &value)
{
    // QHostAddress is lenient about some forms; the character check keeps scope ids ("%eth0"),
    // brackets and look-alikes out before it is asked.
    QHostAddress address;
    if (!matches(value, "[0-9A-Fa-f:.]{2,45}") || !value.contains(QLatin1Char(':')) ||
        !address.setAddress(value) || address.protocol() != QAbstractSocket::IPv6Protocol) {
        return tr("\"%1\" is not an IPv6 address such as fd00::44.").arg(value);
    }
    return QString();
}

QString FieldRules::ipAddress(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter an IP address.");
    if (ipv4Address(value).isEmpty() || ipv6Address(value).isEmpty())
        return QString();
    return tr("\"%1\" is not an IP address (IPv4 such as 10.3.0.44, or IPv6).").arg(value);
}

QString FieldRules::hostOrAddress(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter a host name or an IP address.");
    if (ipAddress(value).isEmpty() || hostName(value).isEmpty())
        return QString();
    return tr("\"%1\" is neither a valid host name nor an IP address.").arg(value);
}

QString FieldRules::sshHost(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter the SSH host: a host name, an IP address or an alias from ~/.ssh/config.");
    if (hostOrAddress(value).isEmpty())
        return QString();
    // Aliases from ~/.ssh/config are free-form words; keep them to characters that cannot be
    // read as an option or as shell syntax.
    if (!matches(value, "[A-Za-z0-9_][A-Za-z0-9_.-]{0,252}")) {
        return tr("\"%1\" is not a usable SSH host: use a host name, an IP address or an alias "
                  "made of letters, digits, '.', '_' and '-'.")
            .arg(value);
    }
    return QString();
}

QString FieldRules::port(int value)
{
    if (value == 0 || (value >= 1 && value <= 65535))
        return QString();
    return tr("%1 is not a TCP port: use a number from 1 to 65535.").arg(value);
}

QString FieldRules::userName(const QString &value)
{
    if (value.isEmpty() || matches(value, "[a-z_][a-z0-9_-]{0,31}"))
        return QString();
    return tr("\"%1\" is not a valid user name: lower-case letters, digits, '_' and '-', "
              "starting with a letter or '_', at most 32 characters.")
        .arg(value);
}

QString FieldRules::identityFile(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter the private key file (for example ~/.ssh/id_ed25519).");
    if (!matches(value, "(?:~/|/)?[A-Za-z0-9_.@+/-]+") || value.startsWith(QLatin1Char('-')) ||
        value.size() > 4096) {
        return tr("\"%1\" is not a usable key file path: use letters, digits, '.', '_', '-', '@', "
                  "'+' and '/', optionally starting with ~/.")
            .arg(value);
    }
    return QString();
}

QString FieldRules::volumeName(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter a volume name.");
    if (!matches(value, "[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) {
        return tr("\"%1\" is not a valid Gluster volume name: letters, digits, '-' and '_', "
                  "starting with a letter or digit, at most 64 characters.")
            .arg(value);
    }
    if (kReservedVolumeNames.contains(value.toLower()))
        return tr("\"%1\" is a reserved word of the gluster command; choose another name.")
            .arg(value);
    return QString();
}

QString FieldRules::absolutePath(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter an absolute path such as /var/www.");
    if (!value.startsWith(QLatin1Char('/')))
        return tr("\"%1\" is not an absolute path: it must start with '/'.").arg(value);
    if (!matches(value, "(?:/[A-Za-z0-9_.+@-]+)+") || value.size() > 1024) {
        return tr("\"%1\" is not a safe path: use only letters, digits, '.', '_', '-', '+' and "
                  "'@' between single slashes (no spaces, quotes or shell characters), and no "
                  "trailing slash.")
            .arg(value);
    }
    for (const QString &part : value.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            return tr("\"%1\" must not contain '.' or '..' components.").arg(value);
    }
    if (kSystemDirectories.contains(value))
        return tr("\"%1\" is a system directory and cannot be used here.").arg(value);
    return QString();
}

QString FieldRules::devicePath(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter the disk device, for example /dev/vdb.");
    if (!matches(value, "/dev/[A-Za-z0-9_.:+-]+(?:/[A-Za-z0-9_.:+-]+)*") || value.size() > 256) {
        return tr("\"%1\" is not a device path: it must start with /dev/ and use only letters, "
                  "digits, '.', '_', '-', ':' and '+'.")
            .arg(value);
    }
    for (const QString &part : value.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".") || part == QLatin1String(".."))
            return tr("\"%1\" must not contain '.' or '..' components.").arg(value);
    }
    return QString();
}

QString FieldRules::directoryName(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter a directory name.");
    if (value == QLatin1String(".") || value == QLatin1String("..") ||
        !matches(value, "[A-Za-z0-9_.+@-]{1,255}") || value.startsWith(QLatin1Char('-'))) {
        return tr("\"%1\" is not a valid directory name: one name made of letters, digits, '.', "
                  "'_', '-', '+' and '@', without '/'.")
            .arg(value);
    }
    return QString();
}

QString FieldRules::relativeFile(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter a file name such as html/index.html.");
    if (!matches(value, "[A-Za-z0-9_.+@-]+(?:/[A-Za-z0-9_.+@-]+)*") || value.size() > 1024) {
        return tr("\"%1\" is not a safe relative file name: names of letters, digits, '.', '_', "
                  "'-', '+' and '@' separated by single slashes, not starting with '/'.")
            .arg(value);
    }
    for (const QString &part : value.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".") || part == QLatin1String("..") ||
            part.startsWith(QLatin1Char('-')))
            return tr("\"%1\" must not contain '.', '..' or names starting with '-'.").arg(value);
    }
    return QString();
}

QString FieldRules::textLine(const QString &value)
{
    if (value.isEmpty())
        return tr("Enter some text.");
    if (value.size() > 1024)
        return tr("The text is too long (at most 1024 characters).");
    // By code point, so characters outside the BMP (emoji) are judged as one character.
    for (const char32_t c : value.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph ||
            category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned ||
            category == QChar::Other_PrivateUse) {
            return tr("The text must be one line of printable characters (no line breaks, tabs "
                      "or control characters).");
        }
    }
    return QString();
}

QString FieldRules::canonicalAddress(const QString &value)
{
    QHostAddress address;
    if (!address.setAddress(value))
        return value;
    return address.toString();
}

bool FieldRules::pathIsInside(const QString &inner, const QString &outer)
{
    return inner == outer || inner.startsWith(outer + QLatin1Char('/'));
}
