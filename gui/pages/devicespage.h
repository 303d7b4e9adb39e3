// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "editors/editorpage.h"

class ArrayTableEditor;

// The Devices tab: device nodes the runtime creates (/linux/devices) and the
// device cgroup's allow and deny rules (/linux/resources/devices).
class DevicesPage : public EditorPage
{
    Q_OBJECT

public:
    DevicesPage(SpecDocument *document, QWidget *parent = nullptr);

    QString title() const override;
    QList<JsonPointer> coveredPointers() const override;

    ArrayTableEditor *nodesTable() const { return m_nodes; }
    ArrayTableEditor *rulesTable() const { return m_rules; }

    enum NodeColumn { NodePath, NodeType, NodeMajor, NodeMinor, NodeFileMode, NodeUid, NodeGid };
    enum RuleColumn { RuleAllow, RuleType, RuleMajor, RuleMinor, RuleAccess };

private:
    QWidget *createNodesGroup();
    QWidget *createRulesGroup();

    ArrayTableEditor *m_nodes = nullptr;
    ArrayTableEditor *m_rules = nullptr;
};
