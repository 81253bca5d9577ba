// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class Actions;
class PostFilterProxyModel;
class PostListModel;
class PostStore;
class QLineEdit;
class QSplitter;
class QTreeView;
class ReaderView;
class Settings;

// The document list beside the reader.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(PostStore &posts, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the document list again and opens the post the reader had open last time (or the first).
    void reload();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void connectActions();
    void openCurrentPost();
    void stepPost(int delta);
    void updateStatus();
    void showAbout();
    void saveState();

    PostStore &m_posts;
    Settings &m_settings;
    Actions *m_actions;
    PostListModel *m_model;
    PostFilterProxyModel *m_proxy;
    QSplitter *m_splitter;
    QWidget *m_listPanel;
    QLineEdit *m_filter;
    QTreeView *m_list;
    ReaderView *m_reader;
    qint64 m_openPostId = 0;
};
