// One article, loaded by id: the reading view once it is there, or why it is not.
import { useApp } from '../../app/context';
import { useQuery } from '../../app/useQuery';
import { Loading } from '../../components/Loading';
import { ArticleView } from './ArticleView';
import { NotInLibrary } from './NotInLibrary';

export function ArticleScreen({ id }: { id: string }) {
  const { db } = useApp();
  const article = useQuery(() => db.getArticle(id), [db, id]);

  if (article.status === 'loading') return <Loading />;
  if (article.status === 'error')
    return <p role="alert">This article could not be opened: {article.message}</p>;
  if (!article.data) return <NotInLibrary id={id} />;
  return <ArticleView article={article.data} />;
}
// Other screens (sources) show the same message for an unknown id.
export { NotInLibrary } from './NotInLibrary';
