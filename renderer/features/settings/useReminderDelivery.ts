import { useEffect, useState } from 'react';
import type { ReminderDelivery } from '../../../shared/domain/reminderDelivery.js';
import { api } from '../../api/client.js';

/** Whether the system shows reminders, kept current as reminders come; undefined until known. */
export function useReminderDelivery(): ReminderDelivery | undefined {
  const [delivery, setDelivery] = useState<ReminderDelivery>();
  useEffect(() => {
    let mounted = true;
    // An event is newer than the answer to a question asked before it.
    let heardEvent = false;
    void api.reminders.delivery().then((result) => {
      if (mounted && !heardEvent && result.ok) setDelivery(result.value);
    });
    const unsubscribe = api.reminders.onDeliveryChanged((delivery) => {
      heardEvent = true;
      setDelivery(delivery);
    });
    return () => {
      mounted = false;
      unsubscribe();
    };
  }, []);
  return delivery;
}
