package vn.reformdesk.notifications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformdesk.security.CurrentUserService;

import java.util.List;

/** The signed-in user's own reminder choices and notifications; nobody reads or changes another user's. */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationStore store;
    private final CurrentUserService currentUser;

    NotificationService(NotificationStore store, CurrentUserService currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    public NotificationPreferences preferences() {
        return store.preferences(currentUser.require().id());
    }

    @Transactional
    public void savePreferences(NotificationPreferences preferences) {
        store.save(currentUser.require().id(), preferences);
    }

    /** The latest notifications, newest first. */
    public List<Notification> latest(int limit) {
        return store.list(currentUser.require().id(), limit);
    }

    public int unread() {
        return store.unread(currentUser.require().id());
    }

    @Transactional
    public void markAllRead() {
        store.markAllRead(currentUser.require().id());
    }
}
