#pragma once
// QTEST_MAIN for tests that show the preview: Qt WebEngine's start-up switches (the sandbox
// when run as root, shared OpenGL contexts, the software renderer) must be set before the
// QApplication exists, which QTEST_MAIN leaves no room for.

#include "preview/web_engine_setup.h"

#include <QApplication>
#include <QtTest>

#define PERMITTED_WEB_ENGINE_TEST_MAIN(TestClass)          \
    int main(int argc, char *argv[])                       \
    {                                                      \
        permitted::preparePreviewEngine();                 \
        QApplication app(argc, argv);                      \
        TestClass test;                                    \
        QTEST_SET_MAIN_SOURCE_PATH                         \
        return QTest::qExec(&test, argc, argv);            \
    }
