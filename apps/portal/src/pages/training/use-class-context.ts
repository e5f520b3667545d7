import { useOutletContext } from 'react-router-dom';
import type { ClassDetail } from '../../api/training';

/** The class a command drawer works on, as its page read it (`<Outlet context={class}>`). */
export const useClassContext = () => useOutletContext<ClassDetail>();

/** Lists and records a command about a class changes. */
export const classQueries = (id: string) => [['training', 'class', id], ['training', 'classes']];
