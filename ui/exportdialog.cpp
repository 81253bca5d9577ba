// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "appearance.h"
#include "library.h"
#include "tag.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Parents before children, indented by depth, as the codebook shows them.
void addArguments(const Codebook &codebook, qint64 parentId, int depth, QComboBox *combo)
{
    for (qint64 id : codebook.children(parentId)) {
        combo->addItem(QString(depth * 4, u' ') + codebook.tag(id)->name, id);
        combo->setItemData(combo->count() - 1, codebook.path(id), Qt::ToolTipRole);
        addArguments(codebook, id, depth + 1, combo);
    }
}

} // namespace

ExportDialog::ExportDialog(Library &library, KSyntaxHighlighting::Repository &repository, qint64 currentPostId,
                           QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_repository(repository)
    , m_currentPostId(currentPostId)
    , m_format(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_argument(new QComboBox(this))
    , m_arrangement(new QComboBox(this))
    , m_template(new QLineEdit(this))
    , m_chooseTemplate(new QPushButton(tr("Choose…"), this))
    , m_defaultTemplate(new QPushButton(tr("Default"), this))
    , m_bom(new QCheckBox(tr("Start with a byte order mark (for spreadsheet programs that need one)"), this))
    , m_authors(new QCheckBox(tr("Name who made each &highlight"), this))
    , m_preview(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_preview->document()))
{
    setWindowTitle(tr("Export Notes"));
    // A team's notes are usually passed on with their authors; one reader's rarely need a name.
    m_authors->setChecked(m_library.database().backend() == Database::Backend::PostgreSQL);

    m_format->addItem(tr("Markdown (Obsidian, Logseq)"), u"markdown"_s);
    m_format->addItem(tr("CSV (spreadsheet)"), u"csv"_s);
    m_format->addItem(tr("JSON (W3C Web Annotation)"), u"json"_s);

    if (m_currentPostId > 0)
        m_scope->addItem(tr("Current post"), int(Scope::CurrentPost));
    m_scope->addItem(tr("All posts"), int(Scope::AllPosts));
    m_scope->addItem(tr("One argument and those below it"), int(Scope::Argument));
    if (const auto codebook = m_library.tags().codebook())
        addArguments(*codebook, 0, 0, m_argument);

    m_arrangement->addItem(tr("By post"), int(ExportArrangement::ByPost));
    m_arrangement->addItem(tr("By argument (argument brief)"), int(ExportArrangement::ByArgument));

    m_template->setReadOnly(true);
    m_template->setPlaceholderText(tr("Default template"));
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(m_chooseTemplate);
    templateRow->addWidget(m_defaultTemplate);

    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    applyPalette();

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("A&rgument:"), m_argument);
    form->addRow(tr("&Arrangement:"), m_arrangement);
    form->addRow(tr("&Template:"), templateRow);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_authors);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    QPushButton *copyButton = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    // Save and Copy are actions, not answers: the dialog stays open until Close.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(saveButton, &QPushButton::clicked, this, &ExportDialog::save);
    connect(copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QComboBox *combo : {m_format, m_scope, m_argument, m_arrangement}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateControls();
            updatePreview();
        });
    }
    connect(m_bom, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_authors, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_chooseTemplate, &QPushButton::clicked, this, &ExportDialog::chooseTemplate);
    connect(m_defaultTemplate, &QPushButton::clicked, this, [this] { setTemplateFile({}); });

    resize(760, 640);
    updateControls();
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ExportDialog::applyPalette()
{
    m_highlighter->setTheme(m_repository.themeForPalette(palette()));
    m_highlighter->rehighlight();
    QPalette problem = m_problem->palette();
    problem.setColor(QPalette::WindowText, Appearance::negativeText(palette()));
    m_problem->setPalette(problem);
}

void ExportDialog::setFormat(const QString &format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setScope(Scope scope, qint64 argumentId)
{
    if (argumentId > 0)
        m_argument->setCurrentIndex(std::max(0, m_argument->findData(argumentId)));
    const int index = m_scope->findData(int(scope));
    if (index >= 0)
        m_scope->setCurrentIndex(index);
}

void ExportDialog::setArrangement(ExportArrangement arrangement)
{
    m_arrangement->setCurrentIndex(std::max(0, m_arrangement->findData(int(arrangement))));
}

void ExportDialog::setTemplateFile(const QString &path)
{
    m_template->setText(path);
    updateControls();
    updatePreview();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.arrangement = ExportArrangement(m_arrangement->currentData().toInt());
    o.templateFile = m_template->text();
    o.byteOrderMark = m_bom->isChecked();
    o.includeAuthors = m_authors->isChecked();
    return o;
}

ExportScope ExportDialog::scope() const
{
    switch (Scope(m_scope->currentData().toInt())) {
    case Scope::CurrentPost:
        return ExportScope::posts({m_currentPostId});
    case Scope::AllPosts:
        break;
    case Scope::Argument:
        return ExportScope::argument(m_argument->currentData().toLongLong());
    }
    return ExportScope::allPosts();
}

Result<QByteArray> ExportDialog::exported() const
{
    auto document = ExportDocument::build(m_library, scope());
    if (!document)
        return document.error();
    document->includeAuthors = options().includeAuthors;
    const auto exporter = Exporter::create(format(), options());
    if (!exporter)
        return exporter.error();
    return (*exporter)->render(*document);
}

Status ExportDialog::saveTo(const QString &path) const
{
    const auto bytes = exported();
    if (!bytes)
        return bytes.error();
    // Written beside the target and renamed on commit: never a half-written file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        return Error{Error::Code::Io, tr("Cannot write “%1”: %2").arg(path, file.errorString())};
    }
    return Ok{};
}

void ExportDialog::updateControls()
{
    const bool markdown = format() == u"markdown"_s;
    m_arrangement->setEnabled(markdown);
    m_template->setEnabled(markdown);
    m_chooseTemplate->setEnabled(markdown);
    m_defaultTemplate->setEnabled(markdown && !m_template->text().isEmpty());
    m_bom->setEnabled(format() == u"csv"_s);
    m_argument->setEnabled(Scope(m_scope->currentData().toInt()) == Scope::Argument && m_argument->count() > 0);

    // The preview is highlighted as what it is.
    const QString definition = markdown ? u"Markdown"_s : format() == u"csv"_s ? u"CSV"_s : u"JSON"_s;
    KSyntaxHighlighting::Definition def = m_repository.definitionForName(definition);
    if (!def.isValid())
        def = m_repository.definitionForFileName(u"export."_s + format());
    m_highlighter->setDefinition(def);
}

void ExportDialog::updatePreview()
{
    const auto bytes = exported();
    if (!bytes) {
        m_problem->setText(bytes.error().message);
        m_problem->show();
        m_preview->clear();
        return;
    }
    m_problem->hide();
    m_problem->clear();
    m_preview->setPlainText(QString::fromUtf8(*bytes));
}

void ExportDialog::chooseTemplate()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Markdown Template"), m_template->text(),
                                                      tr("Markdown templates (*.md *.txt);;All files (*)"));
    if (!path.isEmpty())
        setTemplateFile(path);
}

void ExportDialog::save()
{
    const auto exporter = Exporter::create(format(), options());
    const QString suffix = exporter ? (*exporter)->fileSuffix() : format();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Notes"), u"notes."_s + suffix,
                                                      tr("%1 files (*.%2);;All files (*)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    if (const Status saved = saveTo(path); !saved)
        QMessageBox::warning(this, tr("Export Notes"), saved.error().message);
}

void ExportDialog::copyToClipboard()
{
    const auto bytes = exported();
    if (!bytes) {
        QMessageBox::warning(this, tr("Export Notes"), bytes.error().message);
        return;
    }
    QGuiApplication::clipboard()->setText(QString::fromUtf8(*bytes));
}
