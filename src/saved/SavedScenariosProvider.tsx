import { useEffect, useState, type ReactNode } from 'react'
import { showNotice } from '../store/noticeStore'
import { createSavedScenariosStore, type SavedScenariosStore } from './savedScenariosStore'
import { SavedScenariosContext } from './SavedScenariosContext'
import { storageNotice } from './storageNotice'
import { STORAGE_KEY } from './savedData'

function localStorageOrNull(): Storage | null {
  try {
    const s = window.localStorage
    // Some browsers expose the object but refuse to use it (private modes, blocked cookies).
    s.getItem(STORAGE_KEY)
    return s
  } catch {
    return null
  }
}

/**
 * The saved list of this page: one store over localStorage (or memory where the browser refuses
 * storage), its problems said as messages, and other tabs' changes shown here too.
 */
export function SavedScenariosProvider(props: {
  /** Tests pass their own store (with in-memory storage). */
  savedStore?: SavedScenariosStore
  children: ReactNode
}) {
  const [savedStore] = useState(
    () => props.savedStore ?? createSavedScenariosStore({ storage: localStorageOrNull(), report: (p) => showNotice(storageNotice(p)) }),
  )

  // Another tab saved, renamed or deleted: show it here too.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key.startsWith(STORAGE_KEY)) savedStore.getState().reload()
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [savedStore])

  return <SavedScenariosContext.Provider value={savedStore}>{props.children}</SavedScenariosContext.Provider>
}
