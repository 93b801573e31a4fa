package vn.reformdesk.rankings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An index's criteria as a tree: areas, their criteria and sub-criteria, in their order. */
public final class CriteriaTree {

    private final List<Criterion> all;
    private final Map<Long, Criterion> byId = new HashMap<>();
    private final Map<String, Criterion> byCode = new HashMap<>();
    private final Map<Long, List<Criterion>> children = new HashMap<>();

    public CriteriaTree(List<Criterion> criteria) {
        this.all = criteria.stream().sorted(Comparator.comparingInt(Criterion::position)).toList();
        for (Criterion c : all) {
            byId.put(c.id(), c);
            byCode.put(c.code(), c);
            if (c.parentId() != null) {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** Every node, parents before their children, in the tree's order. */
    public List<Criterion> all() {
        return all;
    }

    public List<Criterion> areas() {
        return all.stream().filter(Criterion::isArea).toList();
    }

    public List<Criterion> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    public boolean isLeaf(Criterion c) {
        return !children.containsKey(c.id());
    }

    public List<Criterion> leaves() {
        return all.stream().filter(this::isLeaf).toList();
    }

    public Optional<Criterion> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Criterion get(long id) {
        return byId.get(id);
    }

    /** The area a node belongs to (an area is its own). */
    public Criterion areaOf(Criterion c) {
        Criterion node = c;
        while (node.parentId() != null) {
            node = byId.get(node.parentId());
        }
        return node;
    }

    /** The index's maximum: the sum of its areas' maximum points. */
    public BigDecimal maxTotal() {
        return areas().stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
