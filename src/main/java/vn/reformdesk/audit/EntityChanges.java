package vn.reformdesk.audit;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Locale;

/**
 * Before and after of every JPA entity a recorded command inserts, updates or deletes, added to that
 * command's audit event. Writes made with SQL (dossier loads by COPY, rankings) are recorded by their
 * command and its input only.
 */
@Component
class EntityChanges implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final int MAX_VALUE = 500;

    EntityChanges(EntityManagerFactory emf) {
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        add(event.getPersister(), event.getId(), "insert", null, event.getState(), null);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        add(event.getPersister(), event.getId(), "update", event.getOldState(), event.getState(), event.getDirtyProperties());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        add(event.getPersister(), event.getId(), "delete", event.getDeletedState(), null, null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static void add(EntityPersister persister, Object id, String op, Object @Nullable [] before, Object @Nullable [] after,
                            int @Nullable [] dirty) {
        ArrayNode changes = AuditTrail.currentChanges();
        if (changes == null) {
            return;
        }
        String[] names = persister.getPropertyNames();
        ObjectNode change = AuditTrail.newChange();
        change.put("entity", persister.getEntityName().substring(persister.getEntityName().lastIndexOf('.') + 1));
        change.put("id", String.valueOf(id));
        change.put("op", op);
        ObjectNode b = change.putObject("before");
        ObjectNode a = change.putObject("after");
        for (int i = 0; i < names.length; i++) {
            if (dirty != null && !contains(dirty, i)) {
                continue;
            }
            if (before != null) {
                b.put(names[i], value(names[i], before[i]));
            }
            if (after != null) {
                a.put(names[i], value(names[i], after[i]));
            }
        }
        changes.add(change);
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String value(String name, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (name.toLowerCase(Locale.ROOT).contains("password")) {
            return "***";
        }
        String text = String.valueOf(value);
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text;
    }
}
